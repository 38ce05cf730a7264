package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the head of a document: a {@code #} title (or a bold line standing for one), then, in
 * any order, {@code Key: value} lines and an English dek directly followed by its translation.
 * Without a title, only {@code Key: value} lines make front matter.
 * The first paragraph that is none of these ends the front matter.
 */
final class FrontMatterReader {
    private static final Set<String> KEYS = Set.of("link", "links", "url", "source", "speaker",
            "speakers", "host", "guest", "guests", "date", "time", "author", "authors", "event",
            "published", "video");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+)[ \\t]*[:：][ \\t]*(.*?)[ \\t]*$");
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\*\\*([^*].*?)\\*\\*$");
    private static final int MAX_DEK_LENGTH = 400;

    private final ReadContext ctx;

    /** The front matter read, and the line where what follows it starts. */
    record Result(FrontMatter frontMatter, int end) {
    }

    FrontMatterReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Reads front matter at the top of the document, or returns null when there is none. */
    Result read() {
        int i = ctx.skipBlank(0, ctx.count());
        if (i == ctx.count()) {
            return null;
        }
        String title = null;
        String titleMarkdown = null;
        String first = Scripts.strip(ctx.content(i));
        Matcher heading = LineClassifier.heading(ctx.content(i));
        Matcher bold = BOLD_TITLE.matcher(first);
        if (ctx.kinds[i] == LineKind.HEADING && heading.group(1).length() == 1) {
            titleMarkdown = heading.group(2) == null ? "" : Scripts.strip(heading.group(2));
        } else if (ctx.kinds[i] == LineKind.TEXT && bold.matches()
                && LineClassifier.readsAsHeading("# " + Scripts.strip(bold.group(1)))) {
            // A bold line is a title only when the title, written as the heading it stands for,
            // reads as one again: **后记的故事** would come back as a postscript, **意译** as a
            // rendition.
            titleMarkdown = Scripts.strip(bold.group(1));
        } else if (field(i) == null) {
            return null;
        }
        if (titleMarkdown != null) {
            title = ctx.inline.plain(titleMarkdown);
            i++;
        }
        List<Field> fields = new ArrayList<>();
        Paragraph dek = null;
        Paragraph dekTranslation = null;
        boolean afterDek = false;
        int end = i;
        while (true) {
            int p = ctx.skipBlank(end, ctx.count());
            if (p == ctx.count()) {
                end = p;
                break;
            }
            int q = paragraphEnd(p);
            if (q < 0) {
                break;
            }
            Field field = q == p + 1 ? field(p) : null;
            String text = joined(p, q);
            if (field != null) {
                fields.add(field);
                afterDek = false;
            } else if (title != null && dek == null && isDek(text)) {
                dek = ctx.paragraph(text, ctx.lines.start(p), ctx.lines.contentEnd(q - 1));
                afterDek = true;
            } else if (afterDek && dekTranslation == null && Scripts.isChinese(text)
                    && MarkdownKinds.of(text, LineKind.TEXT) == io.github.jingdu.model.MarkdownKind.PARAGRAPH
                    && text.length() <= MAX_DEK_LENGTH && LineClassifier.standsAsText(text)) {
                dekTranslation = ctx.paragraph(text, ctx.lines.start(p), ctx.lines.contentEnd(q - 1));
                afterDek = false;
            } else {
                break;
            }
            end = ctx.skipBlank(q, ctx.count());
        }
        if (title == null && fields.isEmpty()) {
            return null;
        }
        String raw = ctx.lines.text().substring(0, ctx.lines.start(end));
        FrontMatter fm = new FrontMatter(title, titleMarkdown, dek, dekTranslation, fields,
                ctx.lines.span(0, raw.length()), raw);
        return new Result(fm, end);
    }

    /** Returns the line after a run of plain text lines starting at {@code from}, or -1 if none. */
    private int paragraphEnd(int from) {
        int i = from;
        while (i < ctx.count() && ctx.kinds[i] == LineKind.TEXT) {
            i++;
        }
        return i == from ? -1 : i;
    }

    private String joined(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(Scripts.strip(ctx.content(i)));
        }
        return sb.toString();
    }

    private boolean isDek(String text) {
        // The dek is written on one line: its lines joined must not read as a marker or heading.
        if (text.length() > MAX_DEK_LENGTH || Scripts.isChinese(text)
                || MarkdownKinds.of(text, LineKind.TEXT) != io.github.jingdu.model.MarkdownKind.PARAGRAPH
                || !LineClassifier.standsAsText(text)) {
            return false;
        }
        if (isField(text)) {
            return false;
        }
        VocabularyLine.Parts entry = VocabularyLine.parse(text, false);
        return entry == null || !Scripts.hasHan(entry.gloss());
    }

    static boolean isField(String text) {
        Matcher m = FIELD.matcher(text);
        return m.matches() && KEYS.contains(m.group(1).toLowerCase(Locale.ROOT)) && !m.group(2).isEmpty();
    }

    private Field field(int line) {
        if (ctx.kinds[line] != LineKind.TEXT) {
            return null;
        }
        String text = Scripts.strip(ctx.content(line));
        if (!isField(text)) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        m.matches();
        ReadContext.Piece p = ctx.piece(line);
        return new Field(m.group(1), m.group(2), ctx.lines.span(p.from(), p.to()));
    }
}
