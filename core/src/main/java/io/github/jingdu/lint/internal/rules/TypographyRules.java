package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.TextEdit;
import io.github.jingdu.lint.internal.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chinese copywriting rules (off by default; the {@code chinese-copywriting} preset turns them
 * on). Code spans, fenced code, URLs, link targets and HTML are never checked; times such as
 * {@code 17:51} and decimals never match.
 */
public final class TypographyRules {
    private static final String FULL = "，！？；：";
    private static final String HALF = ",!?;:";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private TypographyRules() {
    }

    private static RuleInfo info(String id, String name, boolean fixable, String summary) {
        return new RuleInfo(id, name, RuleCategory.TYPOGRAPHY, Level.OFF, fixable, summary);
    }

    /** @return every typography rule */
    public static List<Rule> all() {
        return List.of(
                SpaceBetweenCjkLatin.RULE,
                new LinePatternRule(info("JD102", "fullwidth-punctuation", true,
                        "ASCII punctuation used in Chinese text"),
                        // The spaces after the mark go with it: full-width punctuation carries its own.
                        Pattern.compile("(?<=\\p{IsHan})([,!?;:])(?:[ \\t]++(?=[^\\s])|(?=\\p{IsHan}|\\s|$))"),
                        m -> "use full-width `" + FULL.charAt(HALF.indexOf(m.group(1))) + "` in Chinese text, not `"
                                + m.group(1) + "`",
                        (m, base) -> List.of(new TextEdit(base + m.start(), m.end() - m.start(),
                                String.valueOf(FULL.charAt(HALF.indexOf(m.group(1)))))), ",!?;:"),
                new LinePatternRule(info("JD103", "fullwidth-brackets", true,
                        "ASCII brackets around Chinese text"),
                        Pattern.compile("(?<=\\p{IsHan})\\(([^()\\n]*\\p{IsHan}[^()\\n]*)\\)|\\((\\p{IsHan}[^()\\n]*)\\)"),
                        m -> "use full-width brackets （…） around Chinese text",
                        (m, base) -> List.of(new TextEdit(base + m.start(), 1, "（"),
                                new TextEdit(base + m.end() - 1, 1, "）")), "("),
                new LinePatternRule(info("JD104", "ascii-quotes-around-chinese", true,
                        "ASCII double quotes around Chinese text"),
                        // Every pair in order, first with second, third with fourth, so that a closing
                        // quote is never taken for an opening one; only pairs around Chinese are
                        // findings, and none in a line whose quotes do not pair up.
                        Pattern.compile("\"([^\"\\n]*)\""),
                        m -> "use “…” around Chinese text, not \"…\"",
                        (m, base) -> List.of(new TextEdit(base + m.start(), 1, "“"),
                                new TextEdit(base + m.end() - 1, 1, "”")), "\"",
                        (line, m) -> HAN.matcher(m.group(1)).find() && QuoteParity.even(line)),
                new LinePatternRule(info("JD105", "repeated-punctuation", false,
                        "the same punctuation mark repeated, such as ！！ or ？？"),
                        Pattern.compile("([！？。，、；：])\\1+|(?<=\\p{IsHan})([!?])\\2+"),
                        m -> "`" + m.group() + "` repeats a punctuation mark; write it once", null, "！？。，、；：!?"),
                new LinePatternRule(info("JD106", "ellipsis", true,
                        "an ellipsis in Chinese text written otherwise than ……"),
                        // A single … is not matched: between Chinese words it is a slot (对…有益).
                        Pattern.compile("(?<=\\p{IsHan})(?:\\.{3,}+|。{3,}+)|(?:(?<!\\.)\\.{3,}+|(?<!。)。{3,}+)(?=\\p{IsHan})"),
                        m -> "write the ellipsis in Chinese text as `……`, not `" + m.group() + "`",
                        (m, base) -> List.of(new TextEdit(base + m.start(), m.end() - m.start(), "……")), ".。"),
                new LinePatternRule(info("JD107", "fullwidth-digits", true, "full-width digits such as ２０２４"),
                        Pattern.compile("[０-９]+"),
                        m -> "write digits as 0-9, not full-width `" + m.group() + "`",
                        (m, base) -> List.of(new TextEdit(base + m.start(), m.end() - m.start(), halfWidth(m.group()))), "０１２３４５６７８９"),
                TrailingWhitespace.RULE,
                new LinePatternRule(info("JD109", "tab-character", false, "a tab character outside code"),
                        Pattern.compile("\\t+"),
                        m -> "a tab outside code; use spaces (or a table) to line text up", null, "\t"),
                new LinePatternRule(info("JD110", "invisible-characters", true,
                        "zero-width spaces, or lines of only ideographic spaces (U+3000)"),
                        Pattern.compile("[\\u200B\\u2060]+|(?<=.)\\uFEFF|^\\u3000+$"),
                        m -> "invisible characters (" + describe(m.group()) + "); remove them",
                        (m, base) -> List.of(new TextEdit(base + m.start(), m.end() - m.start(), "")), "\u200B\u2060\uFEFF\u3000"));
    }

    private static String halfWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) ('0' + c - '０')));
        return sb.toString();
    }

    private static String describe(String s) {
        return s.codePoints().distinct().mapToObj(c -> String.format("U+%04X", c))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * Whether a line's ASCII double quotes pair up, counted once per line: counting again for each
     * quoted stretch took time growing with the square of a line of many quotes.
     */
    private static final class QuoteParity {
        /** The last line counted on this thread, and its answer: rules are shared between threads. */
        private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

        static boolean even(String line) {
            Object[] last = LAST.get();
            if (last[0] != line) {
                long quotes = line.chars().filter(c -> c == '"').count();
                last[0] = line;
                last[1] = quotes % 2 == 0;
            }
            return (Boolean) last[1];
        }
    }
}
