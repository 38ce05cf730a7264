package io.github.jingdu.render.internal;

import io.github.jingdu.align.Language;
import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.BlockVisitor;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders one document as one chapter: an XHTML page, and the sections its navigation lists. */
public final class ChapterWriter {
    /**
     * A chapter's page and the headings it contains, for the table of contents.
     *
     * @param file its file name
     * @param title its title
     * @param language its main language
     * @param body the content of its page's body
     * @param sections the id and text of each heading
     */
    public record Chapter(String file, String title, String language, String body, List<String[]> sections) {
        /** @return the chapter as an XHTML page */
        public String xhtml() {
            return Xhtml.page(title, language, body);
        }
    }

    private ChapterWriter() {
    }

    /**
     * @param document the document
     * @param number its chapter number, from 1: ids start with {@code c} and this number
     * @param fallbackTitle the title when its front matter gives none
     * @param ctx what the chapter needs and collects
     * @param file its file name, as the chapter records it
     * @return the chapter
     */
    public static Chapter write(NoteDocument document, int number, String fallbackTitle, ChapterContext ctx, String file) {
        String c = "c" + number;
        String title = document.frontMatter().map(FrontMatter::title).filter(t -> t != null && !t.isBlank())
                .orElse(fallbackTitle);
        List<String[]> sections = new ArrayList<>();
        StringBuilder body = new StringBuilder("<section epub:type=\"chapter\" role=\"doc-chapter\" id=\"").append(c)
                .append("\">\n");
        if (document.frontMatter().map(FrontMatter::title).filter(t -> t != null && !t.isBlank()).isEmpty()) {
            body.append("<h1").append(langOf(title)).append('>').append(Xml.escape(title)).append("</h1>\n");
        }
        Blocks blocks = new Blocks(ctx, sections);
        // Blocks are numbered from 0, as the JSON form's blocks[k] (docs/json.md).
        int k = -1;
        for (Block block : document.blocks()) {
            k++;
            blocks.id = c + "-" + k;
            body.append(block.accept(blocks));
        }
        body.append("</section>\n");
        String language = ctx.edition() == EpubEdition.TRANSLATION ? "zh-CN" : "en";
        return new Chapter(file, title, language, body.toString(), sections);
    }

    /** Each kind of block as XHTML, in the order of one chapter. */
    private static final class Blocks implements BlockVisitor<String> {
        private final ChapterContext ctx;
        private final PassageRenderer passages;
        private final List<String[]> sections;
        /** The level of the last heading written: headings never skip one (h1, then h3), or a
         *  screen reader's outline would have a gap. */
        private final int[] previous = {1};
        /** The id of the block being written. */
        String id = "";

        Blocks(ChapterContext ctx, List<String[]> sections) {
            this.ctx = ctx;
            this.passages = new PassageRenderer(ctx);
            this.sections = sections;
        }

        @Override
        public String visit(FrontMatter f) {
            return frontMatter(f, ctx);
        }

        @Override
        public String visit(Heading h) {
            int level = Math.min(Math.min(6, Math.max(2, h.level() + 1)), previous[0] + 1);
            previous[0] = level;
            sections.add(new String[] {id, h.text()});
            return "<h" + level + " id=\"" + id + '"' + langOf(h.text()) + '>' + Xml.escape(h.text()) + "</h" + level
                    + ">\n";
        }

        @Override
        public String visit(Passage p) {
            return passages.render(p, id);
        }

        @Override
        public String visit(StudyNotes n) {
            return passages.render(n, id);
        }

        @Override
        public String visit(TranslationUnit u) {
            return unit(u, id, ctx, previous);
        }

        @Override
        public String visit(Figure f) {
            return ctx.figure(f);
        }

        @Override
        public String visit(Postscript p) {
            previous[0] = 2;
            StringBuilder out = new StringBuilder("<section class=\"postscript\" id=\"").append(id).append("\"")
                    .append(Xhtml.lang("zh-CN")).append(">\n<h2>")
                    .append(MARKDOWN.inline(p.title(), MarkdownXhtml.NO_IMAGES)).append("</h2>\n");
            for (Paragraph paragraph : p.paragraphs()) {
                out.append(paragraph(paragraph, Languages.CHINESE, ctx));
            }
            return out.append("</section>\n").toString();
        }

        @Override
        public String visit(MarkdownBlock m) {
            return markdownBlock(m, ctx);
        }
    }

    private static final MarkdownXhtml MARKDOWN = MarkdownXhtml.get();

    private static String langOf(String text) {
        return Languages.of(text, Languages.ENGLISH).equals(Languages.ENGLISH) ? "" : Xhtml.lang(Languages.CHINESE);
    }

    /** A paragraph of prose with its inline formatting, in its language. */
    private static String paragraph(Paragraph p, String language, ChapterContext ctx) {
        return "<p" + Xhtml.lang(language) + ">" + MARKDOWN.inline(p.markdown(), ctx.images(p.span())) + "</p>\n";
    }

    /** A block of Markdown between passages; raw HTML is shown as its source. */
    private static String markdownBlock(MarkdownBlock m, ChapterContext ctx) {
        return switch (m.kind()) {
            case HTML -> "<pre class=\"html\">" + Xml.escape(m.markdown()) + "</pre>\n";
            case BLANK -> "";
            default -> Languages.tag(MARKDOWN.blocks(m.markdown(), ctx.images(m.span())), Languages.ENGLISH);
        };
    }

    private static String frontMatter(FrontMatter f, ChapterContext ctx) {
        EpubEdition edition = ctx.edition();
        StringBuilder out = new StringBuilder();
        if (f.title() != null && !f.title().isBlank()) {
            out.append("<h1").append(langOf(f.title())).append('>').append(Xml.escape(f.title())).append("</h1>\n");
        }
        if (f.dek() != null && edition != EpubEdition.TRANSLATION) {
            out.append("<p class=\"dek\"").append(Xhtml.lang(Languages.ENGLISH)).append('>')
                    .append(MARKDOWN.inline(f.dek().markdown(), ctx.images(f.dek().span()))).append("</p>\n");
        }
        if (f.dekTranslation() != null && edition != EpubEdition.SOURCE) {
            out.append("<p class=\"dek\"").append(Xhtml.lang(Languages.CHINESE)).append('>')
                    .append(MARKDOWN.inline(f.dekTranslation().markdown(), ctx.images(f.dekTranslation().span())))
                    .append("</p>\n");
        }
        for (Field field : f.fields()) {
            out.append("<p class=\"field\"").append(langOf(field.key() + field.value())).append('>')
                    .append(Xml.escape(field.key())).append(": ")
                    .append(MARKDOWN.inline(field.value(), MarkdownXhtml.NO_IMAGES)).append("</p>\n");
        }
        return out.toString();
    }

    private static String unit(TranslationUnit u, String id, ChapterContext ctx, int[] previous) {
        EpubEdition edition = ctx.edition();
        int level = Math.min(3, previous[0] + 1);
        StringBuilder out = new StringBuilder("<section class=\"translation-unit\" id=\"").append(id).append("\">\n");
        for (Rendition part : u.parts()) {
            boolean english = part.kind() == RenditionKind.SOURCE;
            if (english && edition == EpubEdition.TRANSLATION || !english && edition == EpubEdition.SOURCE) {
                continue;
            }
            String language = english ? Languages.ENGLISH : Languages.CHINESE;
            out.append("<div class=\"").append(part.kind().name().toLowerCase(Locale.ROOT)).append("\"").append(Xhtml.lang(language))
                    .append(">\n<h").append(level).append(langOf(part.heading())).append('>')
                    .append(Xml.escape(part.heading())).append("</h").append(level).append(">\n");
            SentenceSpans spans = ctx.packaging().web() && part == u.part(part.kind()) ? spans(u, part.kind(), id) : null;
            if (spans != null) {
                out.append(spans.paragraphs(part.paragraphs(), english ? Language.ENGLISH : Language.CHINESE,
                        id + "-" + part.kind().name().toLowerCase(Locale.ROOT), ctx));
            } else {
                for (Paragraph p : part.paragraphs()) {
                    out.append(paragraph(p, language, ctx));
                }
            }
            out.append("</div>\n");
        }
        return out.append("</section>\n").toString();
    }

    /**
     * The beads of a unit's part: the English source and the free translation (or the literal
     * one, when there is no free one) pair by {@code s} beads, the literal and the free
     * translation by {@code r} beads.
     */
    private static SentenceSpans spans(TranslationUnit u, RenditionKind kind, String id) {
        boolean free = u.part(RenditionKind.FREE) != null;
        SentenceAlignment renditions = u.renditions() == null ? null : u.renditions().sentences();
        return switch (kind) {
            case SOURCE -> new SentenceSpans().add(u.source(), true, id + "-s");
            case LITERAL -> new SentenceSpans().add(renditions, true, id + "-r").add(free ? null : u.source(), false, id + "-s");
            case FREE -> new SentenceSpans().add(renditions, false, id + "-r").add(u.source(), false, id + "-s");
            case CRITIQUE -> null;
        };
    }
}
