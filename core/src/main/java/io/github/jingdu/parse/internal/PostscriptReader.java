package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Postscript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a postscript: a {@code 后记} heading followed by lines, or a line {@code 后记：…} (also in
 * bold) whose rest is the first paragraph. Each non-blank line is a paragraph.
 */
final class PostscriptReader {
    private static final Pattern INLINE = Pattern.compile("^[\\uFEFF\\u200B\\u3000\\u00A0 \\t]*(\\*\\*)?后记[ \\t]*[：:]");

    private final ReadContext ctx;

    PostscriptReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Postscript read(int start, int from, int to) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String title;
        Matcher heading = LineClassifier.heading(ctx.content(from));
        Matcher inline = INLINE.matcher(ctx.content(from));
        if (heading != null) {
            title = heading.group(2) == null ? "" : Scripts.strip(heading.group(2));
        } else if (!inline.find()) {
            title = Scripts.strip(ctx.content(from));
        } else {
            title = "后记";
            int ls = ctx.lines.start(from);
            int restFrom = ls + inline.end();
            int restTo = ctx.lines.contentEnd(from);
            String rest = ctx.lines.text().substring(restFrom, restTo);
            if (inline.group(1) != null && Scripts.strip(rest).endsWith("**")) {
                restTo = restFrom + rest.lastIndexOf("**");
            }
            ReadContext.Piece p = ctx.piece(from, restFrom, restTo);
            if (p.to() > p.from() && LineClassifier.standsAsText(ctx.text(p))) {
                paragraphs.add(ctx.paragraph(ctx.text(p), p.from(), p.to()));
            } else if (p.to() > p.from()) {
                title = Scripts.strip(ctx.content(from));
            }
        }
        for (int i = from + 1; i < to; i++) {
            if (!Scripts.isBlank(ctx.content(i))) {
                ReadContext.Piece p = ctx.piece(i);
                paragraphs.add(ctx.paragraph(ctx.text(p), p.from(), p.to()));
            }
        }
        Dateline dateline = DatelineParser.parse(title);
        for (Paragraph p : paragraphs) {
            if (dateline != null) {
                break;
            }
            dateline = DatelineParser.parse(p.text());
        }
        int end = ctx.lines.start(to);
        return new Postscript(title, paragraphs, dateline, ctx.lines.span(start, end),
                ctx.lines.text().substring(start, end));
    }
}
