package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.TranslationUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Markup that will not come out as written: bold CommonMark does not render, brackets left open. */
public final class MarkupRules {

    private MarkupRules() {
    }

    /** JD014: {@code **} that CommonMark reads as literal asterisks. */
    public static final class UnrenderedEmphasis extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD014", "unrendered-emphasis", RuleCategory.STRUCTURE,
                Level.WARNING, false, "bold that CommonMark will not render, such as **Figure 1: ** or **注意：**后面");

        public UnrenderedEmphasis() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (int line : in.linesOutsideFences()) {
                checkLine(in, out, line);
            }
        }

        private static void checkLine(LintInput in, RuleReporter out, int line) {
            String s = in.lines().content(line);
            int base = in.lines().start(line);
            Deque<Integer> openers = new ArrayDeque<>();
            List<Integer> stray = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) != '*' || in.isProtected(base + i) || i > 0 && s.charAt(i - 1) == '\\') {
                    continue;
                }
                int end = i;
                while (end < s.length() && s.charAt(end) == '*') {
                    end++;
                }
                if (end - i == 2) {
                    int prev = i == 0 ? ' ' : s.codePointBefore(i);
                    int next = end >= s.length() ? ' ' : s.codePointAt(end);
                    boolean closes = rightFlanking(prev, next);
                    if (closes && !openers.isEmpty()) {
                        openers.pop();
                    } else if (leftFlanking(prev, next)) {
                        openers.push(i);
                    } else {
                        stray.add(i);
                    }
                }
                i = end - 1;
            }
            stray.addAll(openers);
            if (!stray.isEmpty()) {
                int at = stray.stream().min(Integer::compare).orElseThrow();
                out.report(base + at, base + at + 2, "CommonMark will not render this ** as bold: a closing ** must not"
                        + " follow a space, and after punctuation (：，。) it must be followed by a space or"
                        + " punctuation; move the space or punctuation outside the ** (**Figure 1:** …)");
            }
        }

        private static boolean leftFlanking(int prev, int next) {
            return !isSpace(next) && (!isPunctuation(next) || isSpace(prev) || isPunctuation(prev));
        }

        private static boolean rightFlanking(int prev, int next) {
            return !isSpace(prev) && (!isPunctuation(prev) || isSpace(next) || isPunctuation(next));
        }

        private static boolean isSpace(int c) {
            return Character.isWhitespace(c) || c == 0x00A0 || c == 0x3000;
        }

        private static boolean isPunctuation(int c) {
            int t = Character.getType(c);
            return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                    || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.OTHER_PUNCTUATION || c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }

    /** JD015: a bracket or quote opened and not closed within a paragraph. */
    public static final class UnbalancedBrackets extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD015", "unbalanced-brackets", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a paragraph opens a bracket or quote it does not close");

        public UnbalancedBrackets() {
            super(INFO);
        }
        private static final String[][] PAIRS = {{"(（", ")）"}, {"[", "]"}, {"“", "”"}, {"《", "》"}, {"「", "」"}, {"『", "』"}};

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Block b : in.document().blocks()) {
                if (b instanceof Passage p) {
                    p.source().forEach(par -> check(in, out, par, false));
                    p.translation().forEach(par -> check(in, out, par, true));
                } else if (b instanceof TranslationUnit u) {
                    for (Rendition r : u.parts()) {
                        r.paragraphs().forEach(par -> check(in, out, par, true));
                    }
                }
            }
        }

        /**
         * English quotes are not checked: a quotation running over several paragraphs, or over two
         * 原文 blocks, opens each paragraph and closes only the last, as English typography wants.
         */
        private static void check(LintInput in, RuleReporter out, Paragraph p, boolean quotes) {
            // One pass over the text: how many of each pair's openers [2k] and closers [2k + 1], and of ".
            int[] counts = new int[PAIRS.length * 2 + 1];
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                int kind = kindOf(t.charAt(i));
                if (kind >= 0) {
                    counts[kind]++;
                }
            }
            for (int k = 0; k < PAIRS.length; k++) {
                String[] pair = PAIRS[k];
                if (!quotes && pair[0].equals("“")) {
                    continue;
                }
                int open = counts[2 * k];
                int close = counts[2 * k + 1];
                if (open != close) {
                    report(in, out, p, (open > close ? "opens " + (open - close) + " more " : "closes "
                            + (close - open) + " more ") + pair[0].charAt(0) + pair[1].charAt(0)
                            + " than it " + (open > close ? "closes" : "opens"));
                    return;
                }
            }
            if (quotes && counts[PAIRS.length * 2] % 2 == 1) {
                report(in, out, p, "has an odd number of \" quotes");
            }
        }

        /** Where a character is counted: an opener [2k] or closer [2k + 1] of {@code PAIRS[k]}, or {@code "}; else -1. */
        private static int kindOf(char c) {
            return switch (c) {
                case '(', '（' -> 0;
                case ')', '）' -> 1;
                case '[' -> 2;
                case ']' -> 3;
                case '“' -> 4;
                case '”' -> 5;
                case '《' -> 6;
                case '》' -> 7;
                case '「' -> 8;
                case '」' -> 9;
                case '『' -> 10;
                case '』' -> 11;
                case '"' -> PAIRS.length * 2;
                default -> -1;
            };
        }

        private static void report(LintInput in, RuleReporter out, Paragraph p, String what) {
            out.report(p.span().offset(), in.lines().contentEnd(p.span().line() - 1), "this paragraph " + what
                    + "; close the bracket or quote, or remove the stray one");
        }
    }
}
