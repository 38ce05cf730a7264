package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.TextEdit;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.text.internal.Scripts;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JD101: a space between Chinese and Latin letters or digits ({@code 在ChatGPT上} → {@code 在
 * ChatGPT 上}). Numbers in dates and times ({@code 2024年8月12日17点51分}, {@code 17:51}) are left alone.
 */
final class SpaceBetweenCjkLatin extends Rule {
    private static final RuleInfo INFO = new RuleInfo("JD101", "space-between-cjk-latin", RuleCategory.TYPOGRAPHY,
            Level.OFF, true, "no space between Chinese and Latin letters or digits");
    /** The rule; after {@code INFO}, which its constructor reads. */
    static final Rule RULE = new SpaceBetweenCjkLatin();
    /** Units a number stays joined to; 世 for 20世纪, so that 在20世纪70年代 is left as a whole. */
    private static final String UNITS = "年月日号时点分秒世";
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

    private SpaceBetweenCjkLatin() {
        super(INFO);
    }

    @Override
    public void check(LintInput in, RuleReporter out) {
        for (int line : in.linesOutsideFences()) {
            String s = in.lines().content(line);
            int base = in.lines().start(line);
            for (int i = 1; i < s.length(); i++) {
                char a = s.charAt(i - 1);
                char b = s.charAt(i);
                boolean hanThenLatin = Scripts.isHan(a) && isLatin(b) && !dateNumber(s, i) && !timeAt(s, i);
                boolean latinThenHan = isLatin(a) && Scripts.isHan(b) && !(isDigit(a) && UNITS.indexOf(b) >= 0)
                        && !endsTime(s, i);
                if ((hanThenLatin || latinThenHan) && !in.isProtected(base + i - 1) && !in.isProtected(base + i)) {
                    out.report(base + i - 1, base + i + 1, "put a space between Chinese and Latin text or digits",
                            List.of(new TextEdit(base + i, 0, " ")));
                }
            }
        }
    }

    /** A time such as {@code 17:51} starts at {@code i}. */
    private static boolean timeAt(String s, int i) {
        int k = i;
        while (k < s.length() && k - i < 2 && isDigit(s.charAt(k))) {
            k++;
        }
        return k > i && k + 2 < s.length() && s.charAt(k) == ':' && isDigit(s.charAt(k + 1)) && isDigit(s.charAt(k + 2));
    }

    /** A time such as {@code 17:51} ends just before {@code i}. */
    private static boolean endsTime(String s, int i) {
        int k = i;
        while (k > 0 && (isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == ':')) {
            k--;
        }
        return TIME.matcher(s.substring(k, i)).matches();
    }

    /** The digits starting at {@code i} are followed by a date or time unit. */
    private static boolean dateNumber(String s, int i) {
        int k = i;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k > i && k < s.length() && UNITS.indexOf(s.charAt(k)) >= 0;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
