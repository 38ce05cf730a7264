package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a translation unit: consecutive sections under {@code ### 英文原文}, {@code ### 直译},
 * {@code ### 问题}/{@code ### 反思} and {@code ### 意译}, in that order. A part that comes again or
 * out of order starts a new unit; any other heading ends it. Fence lines (a fenced free
 * translation) and {@code ***} separators are not paragraphs.
 */
final class TranslationUnitReader {
    private static final Pattern FENCE = Pattern.compile("^(?:`{3,}|~{3,}).*$");

    private final ReadContext ctx;

    /** The unit read and the line after it. */
    record Result(TranslationUnit unit, int end) {
    }

    TranslationUnitReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    Result read(int start, int from) {
        List<Rendition> parts = new ArrayList<>();
        int stage = -1;
        int i = from;
        while (i < ctx.count() && ctx.kinds[i] == LineKind.RENDITION) {
            Matcher h = LineClassifier.heading(ctx.content(i));
            String heading = h.group(2) == null ? "" : Scripts.strip(h.group(2));
            RenditionKind kind = LineClassifier.renditionKind(h);
            if (!parts.isEmpty() && kind.ordinal() <= stage) {
                break;
            }
            int end = ctx.nextBoundary(i + 1);
            int last = end - 1;
            while (last > i && Scripts.isBlank(ctx.content(last))) {
                last--;
            }
            parts.add(new Rendition(kind, h.group(1).length(), heading,
                    paragraphs(i + 1, end, kind == RenditionKind.SOURCE), hasFence(i + 1, end),
                    ctx.lines.spanOfContent(i, last)));
            stage = kind.ordinal();
            i = end;
        }
        boolean literal = parts.stream().anyMatch(p -> p.kind() == RenditionKind.LITERAL);
        boolean free = parts.stream().anyMatch(p -> p.kind() == RenditionKind.FREE);
        if (literal && !free) {
            ctx.report(Severity.WARNING, "literal-without-free", "this ### 直译 has no ### 意译 after it;"
                    + " add the free translation, or remove the heading if the unit is unfinished",
                    ctx.lines.spanOfContent(from, from));
        }
        int to = ctx.lines.start(i);
        return new Result(new TranslationUnit(parts, null, null, ctx.lines.span(start, to),
                ctx.lines.text().substring(start, to)), i);
    }

    private boolean hasFence(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ctx.kinds[i] == LineKind.FENCE) {
                return true;
            }
        }
        return false;
    }

    private List<Paragraph> paragraphs(int from, int to, boolean english) {
        List<ReadContext.Piece> pieces = new ArrayList<>();
        List<Integer> blanks = new ArrayList<>();
        int gap = 0;
        for (int i = from; i < to; i++) {
            String line = Scripts.strip(ctx.content(i));
            if (isSkipped(line)) {
                gap++;
                continue;
            }
            pieces.add(ctx.piece(i));
            blanks.add(gap);
            gap = 0;
        }
        List<Integer> asParagraphBreaks = blanks.stream().map(b -> b == 0 ? 0 : 2).toList();
        List<Paragraph> joined = english ? ctx.englishParagraphs(pieces, asParagraphBreaks)
                : ctx.chineseParagraphs(pieces, blanks);
        return joined.stream().filter(p -> !isSkipped(p.markdown())).toList();
    }

    /** Lines that are not paragraphs: separators and fences (also when joined lines make one). */
    private static boolean isSkipped(String line) {
        return line.isEmpty() || ThematicBreaks.is(line, 0) || FENCE.matcher(line).matches();
    }
}
