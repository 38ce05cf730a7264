package io.github.jingdu.markdown;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.BlockVisitor;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import io.github.jingdu.model.VocabularyTable;
import io.github.jingdu.model.EntryShape;
import io.github.jingdu.model.Example;
import io.github.jingdu.text.internal.EnglishJoiner;
import io.github.jingdu.text.internal.QuoteLines;
import java.util.ArrayList;
import java.util.List;

/** Writes one block in canonical form, without the blank line that separates blocks. */
final class CanonicalBlocks {

    String write(Block block) {
        return block.accept(WRITER);
    }

    private static final BlockVisitor<String> WRITER = new BlockVisitor<>() {
        @Override
        public String visit(FrontMatter f) {
            return frontMatter(f);
        }

        @Override
        public String visit(Heading h) {
            return heading(h);
        }

        @Override
        public String visit(Passage p) {
            return passage(p);
        }

        @Override
        public String visit(StudyNotes n) {
            return studyNotes(n);
        }

        @Override
        public String visit(TranslationUnit u) {
            return translationUnit(u);
        }

        @Override
        public String visit(Figure f) {
            return figure(f);
        }

        @Override
        public String visit(Postscript p) {
            return postscript(p);
        }

        @Override
        public String visit(MarkdownBlock m) {
            return normalise(m.markdown());
        }
    };

    /**
     * Writes a heading. Text that ends in what would read as a closing sequence of {@code #}
     * ({@code # #}) gets a closing sequence of its own, so that it reads back whole.
     */
    private static String heading(Heading h) {
        String marks = "#".repeat(h.level());
        String text = h.markdown();
        if (text.isEmpty()) {
            return marks;
        }
        int i = text.length();
        while (i > 0 && text.charAt(i - 1) == '#') {
            i--;
        }
        boolean closingLike = i < text.length() && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t');
        return marks + " " + text + (closingLike ? " #" : "");
    }

    private static String frontMatter(FrontMatter f) {
        List<String> parts = new ArrayList<>();
        if (f.titleMarkdown() != null) {
            parts.add(f.titleMarkdown().isEmpty() ? "#" : "# " + f.titleMarkdown());
        }
        if (f.dek() != null) {
            parts.add(f.dek().markdown());
        }
        if (f.dekTranslation() != null) {
            parts.add(f.dekTranslation().markdown());
        }
        for (Field field : f.fields()) {
            parts.add(field.key() + ": " + field.value());
        }
        return String.join("\n\n", parts);
    }

    static String figure(Figure f) {
        String path = f.path().matches(".*[\\s()<>].*") ? "<" + f.path() + ">" : f.path();
        String title = f.title().isEmpty() ? "" : " \"" + f.title() + "\"";
        return "![" + f.alt() + "](" + path + title + ")";
    }

    private static String passage(Passage p) {
        StringBuilder out = new StringBuilder("原文：");
        String previous = null;
        for (Paragraph paragraph : p.source()) {
            boolean continuesLine = previous != null && !EnglishJoiner.endsSentence(previous);
            out.append(continuesLine ? "\n\n\n" : "\n\n").append(paragraph.markdown());
            previous = paragraph.markdown();
        }
        for (Paragraph paragraph : p.translation()) {
            out.append("\n\n").append(paragraph.markdown());
        }
        if (p.studyMarker() != null || !p.study().isEmpty()) {
            out.append("\n\n学习：");
        }
        for (StudyItem item : p.study()) {
            out.append("\n\n").append(studyItem(item));
        }
        return out.toString();
    }

    private static String studyNotes(StudyNotes n) {
        List<String> parts = new ArrayList<>();
        if (n.marker() != null) {
            parts.add("学习：");
        }
        for (StudyItem item : n.study()) {
            parts.add(studyItem(item));
        }
        return String.join("\n\n", parts);
    }

    private static String studyItem(StudyItem item) {
        if (item instanceof VocabularyEntry v) {
            return entry(v);
        } else if (item instanceof VocabularyTable t) {
            return normalise(t.markdown());
        } else if (item instanceof VocabularyList l) {
            return normalise(l.markdown());
        } else if (item instanceof Explanation e) {
            return quote(e.markdown());
        } else if (item instanceof Figure f) {
            return figure(f);
        }
        return normalise(((StudyText) item).markdown());
    }

    /**
     * Writes an entry: a line as {@code headword = variant：gloss}, a heading as written; then the
     * example lines after it, as written, and its explanation quote.
     */
    private static String entry(VocabularyEntry v) {
        StringBuilder out = new StringBuilder();
        if (v.shape() == EntryShape.LINE && v.markdown().isEmpty()) {
            out.append(v.headword());
            v.variants().forEach(variant -> out.append(" = ").append(variant));
            out.append("：").append(v.gloss());
        } else {
            out.append(normalise(v.markdown()));
        }
        for (Example x : v.examples()) {
            if (x.markdown() != null) {
                out.append("\n\n").append(normalise(x.markdown()));
            }
        }
        if (v.explanation() != null) {
            out.append("\n\n").append(quote(v.explanation().markdown()));
        }
        return out.toString();
    }

    private static String quote(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(QuoteLines.quote(line));
        }
        return out.toString();
    }

    private static String translationUnit(TranslationUnit u) {
        StringBuilder out = new StringBuilder();
        for (Rendition part : u.parts()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append("#".repeat(part.level())).append(' ').append(part.heading());
            if (part.fenced()) {
                out.append("\n\n```");
            }
            String separator = part.fenced() ? "\n" : "\n\n";
            for (Paragraph paragraph : part.paragraphs()) {
                out.append(separator).append(paragraph.markdown());
                separator = "\n\n";
            }
            if (part.fenced()) {
                out.append("\n```");
            }
        }
        return out.toString();
    }

    private static String postscript(Postscript p) {
        StringBuilder out = new StringBuilder("## " + p.title());
        for (Paragraph paragraph : p.paragraphs()) {
            out.append("\n\n").append(paragraph.markdown());
        }
        return out.toString();
    }

    /** Makes line endings {@code \n}; the content of generic Markdown is otherwise kept. */
    private static String normalise(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n');
    }
}
