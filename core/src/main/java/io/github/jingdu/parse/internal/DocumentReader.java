package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.text.internal.InlineText;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts a document into top-level blocks. Blocks cover the text without gap or overlap: each
 * takes the blank lines after it, and the first starts at offset 0.
 */
public final class DocumentReader {
    private final InlineText inline;
    private final ReaderLimits limits;

    /**
     * @param inline the inline Markdown converter to use
     * @param limits the bounds to keep to
     */
    public DocumentReader(InlineText inline, ReaderLimits limits) {
        this.inline = inline;
        this.limits = limits;
    }

    /**
     * Reads a document.
     *
     * @param text any string
     * @param findings diagnostics found before reading (such as decoding errors), kept first
     * @return the document; never null, never throws on content
     */
    public NoteDocument read(String text, List<Diagnostic> findings) {
        if (text.length() > limits.maxInputLength()) {
            return unread(text, findings);
        }
        ReadContext ctx = new ReadContext(Lines.of(text), inline, limits);
        ctx.diagnostics.addAll(findings);
        boolean limited = ctx.reportLimitedLines();
        List<Block> blocks = new ArrayList<>();
        VocabularySections sections = new VocabularySections();
        int n = ctx.count();
        int i = 0;
        FrontMatterReader.Result fm = new FrontMatterReader(ctx).read();
        if (fm != null) {
            blocks.add(fm.frontMatter());
            i = fm.end();
        }
        while (i < n) {
            int start = ctx.lines.start(i);
            if (blocks.size() >= limits.maxBlocks() - 1) {
                blocks.add(rest(ctx, start));
                break;
            }
            int j = ctx.skipBlank(i, n);
            if (j == n) {
                blocks.add(blankBlock(ctx, start));
                break;
            }
            int end;
            switch (ctx.kinds[j]) {
                case PASSAGE_MARKER -> {
                    end = ctx.nextBoundary(j + 1);
                    blocks.add(new PassageReader(ctx).read(start, j, end));
                }
                case POSTSCRIPT -> {
                    end = ctx.nextBoundary(j + 1);
                    blocks.add(new PostscriptReader(ctx).read(start, j, end));
                }
                case RENDITION -> {
                    TranslationUnitReader.Result unit = new TranslationUnitReader(ctx).read(start, j);
                    end = unit.end();
                    blocks.add(unit.unit());
                }
                case HEADING -> {
                    int meaning = HeadingEntries.meaningLine(ctx, j);
                    if (meaning >= 0) {
                        sections.heading(LineClassifier.heading(ctx.content(j)).group(1).length(), "");
                        end = ctx.nextBoundary(meaning + 1);
                        blocks.add(HeadingEntries.read(ctx, start, j, meaning, end));
                    } else {
                        end = ctx.skipBlank(j + 1, n);
                        Heading h = heading(ctx, start, j, end);
                        sections.heading(h.level(), h.text());
                        blocks.add(h);
                    }
                }
                case IMAGE -> {
                    end = ctx.skipBlank(j + 1, n);
                    blocks.add(figure(ctx, start, j, end));
                }
                default -> {
                    int notesEnd = StudyNotesReader.end(ctx, j, sections.inside());
                    if (notesEnd > j) {
                        end = ctx.skipBlank(notesEnd, n);
                        blocks.add(new StudyNotesReader(ctx, sections.inside()).read(start, j, end));
                    } else {
                        end = ctx.skipBlank(genericEnd(ctx, j, afterHead(blocks)), n);
                        StudyItem vocabulary = vocabularyBlock(ctx, j, end);
                        blocks.add(vocabulary == null ? markdown(ctx, start, j, end)
                                : new StudyNotes(null, List.of(vocabulary), ctx.lines.span(start, ctx.lines.start(end)),
                                        ctx.lines.text().substring(start, ctx.lines.start(end))));
                    }
                }
            }
            i = end;
        }
        if (limited) {
            // The limits were reported before reading; the rest is in source order already.
            ctx.diagnostics.sort(Comparator.comparingInt(d -> d.span().offset()));
        }
        return new NoteDocument(blocks, ctx.diagnostics);
    }

    /** A text over the size limit is one block of text, reported and otherwise not read. */
    private NoteDocument unread(String text, List<Diagnostic> findings) {
        SourceSpan all = new SourceSpan(0, text.length(), 1, 1);
        List<Diagnostic> diagnostics = new ArrayList<>(findings);
        diagnostics.add(0, new Diagnostic(Severity.ERROR, "input-too-long", "this text is " + text.length()
                + " characters long, more than the limit of " + limits.maxInputLength()
                + " (NotesParser.Builder.maxInputLength), so it is kept as one"
                + " block of text and not read; split the file or raise the limit", new SourceSpan(0, 0, 1, 1)));
        return new NoteDocument(List.of(new MarkdownBlock(MarkdownKind.PARAGRAPH, text, all, text)), diagnostics);
    }

    /** The text after the last block the limit allows, as one block of text, reported. */
    private MarkdownBlock rest(ReadContext ctx, int start) {
        String text = ctx.lines.text();
        SourceSpan span = ctx.lines.span(start, text.length());
        ctx.report(Severity.ERROR, "too-many-blocks", "this text has more than " + limits.maxBlocks()
                + " blocks (NotesParser.Builder.maxBlocks); from here on it is kept as"
                + " one block of text and not read: split the file or raise the limit", ctx.lines.span(start, start));
        String rest = text.substring(start);
        return new MarkdownBlock(MarkdownKind.PARAGRAPH, rest.strip(), span, rest);
    }

    /** A table or list of vocabulary on lines {@code from} to {@code end}, or null when it is neither. */
    private static StudyItem vocabularyBlock(ReadContext ctx, int from, int end) {
        if (ctx.kinds[from] != LineKind.TEXT) {
            return null;
        }
        String first = ctx.content(from);
        if (first.stripLeading().startsWith("|") && from + 1 < end
                && VocabularyTables.isDelimiterRow(ctx.content(from + 1))) {
            return VocabularyTables.read(ctx, from, end);
        }
        return VocabularyLists.isItem(first) ? VocabularyLists.read(ctx, from, end) : null;
    }

    /**
     * Whether a block other than the front matter has been read: only then may a paragraph be cut
     * before a list of terms, since the head of a note reads a line standing on its own as a
     * standfirst or a field.
     */
    private static boolean afterHead(List<Block> blocks) {
        return blocks.size() > 1 || blocks.size() == 1 && !(blocks.get(0) instanceof FrontMatter);
    }

    /**
     * Returns the line after a generic block starting at {@code from}.
     *
     * @param mayCut whether a paragraph may end before a list of terms
     */
    private static int genericEnd(ReadContext ctx, int from, boolean mayCut) {
        int n = ctx.count();
        if (ctx.kinds[from] == LineKind.FENCE) {
            int i = from + 1;
            while (i < n && ctx.kinds[i] == LineKind.FENCED) {
                i++;
            }
            if (i == n && (i == from + 1 || !closes(ctx, i - 1))) {
                ctx.report(Severity.WARNING, "unclosed-code-fence",
                        "this code fence is never closed, so the rest of the file is code; add a closing fence",
                        ctx.lines.spanOfContent(from, from));
            }
            return i;
        }
        int i = from + 1;
        // A `Key: value` line keeps what follows it: cut there, it would read as front matter once
        // written on its own.
        boolean paragraph = mayCut && !VocabularyLists.isItem(ctx.content(from))
                && !FrontMatterReader.isField(Scripts.strip(ctx.content(from)).replace('：', ':'));
        while (i < n && continuesGeneric(ctx.kinds[i])) {
            if (paragraph && startsList(ctx, i)) {
                // A list of terms interrupts the paragraph from its first item; a list without
                // terms stays in it, and is not looked at again.
                int end = i;
                boolean terms = false;
                while (end < n && continuesGeneric(ctx.kinds[end])) {
                    terms |= isTermItem(ctx, end);
                    end++;
                }
                if (terms) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return i;
    }

    /** Whether a line of a paragraph starts a list, as a bullet list (or one numbered from 1) can. */
    private static boolean startsList(ReadContext ctx, int line) {
        String content = ctx.content(line);
        if (ctx.kinds[line] != LineKind.TEXT || !VocabularyLists.isItem(content)) {
            return false;
        }
        String item = content.stripLeading();
        return !Character.isDigit(item.charAt(0)) || item.startsWith("1.") || item.startsWith("1)");
    }

    private static boolean isTermItem(ReadContext ctx, int line) {
        String content = ctx.content(line);
        return ctx.kinds[line] == LineKind.TEXT && VocabularyLists.isItem(content)
                && !TermItems.parse(ExampleLines.unlisted(Scripts.strip(content))).isEmpty();
    }

    private static boolean closes(ReadContext ctx, int line) {
        String s = ctx.content(line).strip();
        return s.startsWith("```") || s.startsWith("~~~");
    }

    private static boolean continuesGeneric(LineKind kind) {
        return kind == LineKind.TEXT || kind == LineKind.QUOTE || kind == LineKind.STUDY_MARKER;
    }

    private static Heading heading(ReadContext ctx, int start, int line, int end) {
        Matcher m = LineClassifier.heading(ctx.content(line));
        String markdown = LineClassifier.headingMarkdown(m);
        int to = ctx.lines.start(end);
        return new Heading(m.group(1).length(), ctx.inline.plain(markdown), markdown,
                ctx.lines.span(start, to), ctx.lines.text().substring(start, to));
    }


    private static Figure figure(ReadContext ctx, int start, int line, int end) {
        FigureLine.Parts parts = FigureLine.parse(ctx.content(line));
        int to = ctx.lines.start(end);
        return new Figure(parts.alt(), parts.path(), parts.title(), ctx.lines.span(start, to),
                ctx.lines.text().substring(start, to));
    }

    private static MarkdownBlock markdown(ReadContext ctx, int start, int from, int end) {
        int last = end - 1;
        while (last > from && Scripts.isBlank(ctx.content(last))) {
            last--;
        }
        StringBuilder markdown = new StringBuilder();
        for (int i = from; i <= last; i++) {
            if (i > from) {
                markdown.append('\n');
            }
            markdown.append(ctx.content(i));
        }
        int to = ctx.lines.start(end);
        return new MarkdownBlock(MarkdownKinds.of(ctx.content(from), ctx.kinds[from]),
                markdown.toString(), ctx.lines.span(start, to), ctx.lines.text().substring(start, to));
    }

    /** A document of blank lines only is one blank block, so that its text is still covered. */
    private static MarkdownBlock blankBlock(ReadContext ctx, int start) {
        int to = ctx.lines.text().length();
        return new MarkdownBlock(MarkdownKind.BLANK, "", ctx.lines.span(start, to),
                ctx.lines.text().substring(start, to));
    }
}
