package io.github.jingdu.terms.internal;

/** Matching brackets in running text: ASCII round and square, and full-width round. */
final class Brackets {

    private Brackets() {
    }

    /**
     * Finds the bracket that closes the one at {@code open}, counting nested pairs.
     *
     * @return its offset, or -1 when none closes it within {@code limit} characters
     */
    static int close(String text, int open, int limit) {
        int depth = 0;
        int end = Math.min(text.length(), open + limit);
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c)) {
                depth--;
                if (depth == 0) {
                    return pairs(text.charAt(open), c) ? i : -1;
                }
            }
        }
        return -1;
    }

    /**
     * Where the first clause inside a bracket ends: at a {@code ;}, {@code ,}, {@code :} (ASCII
     * or full-width) or {@code =} outside nested brackets, or at the closing bracket.
     */
    static int firstClauseEnd(String text, int from, int close) {
        int depth = 0;
        for (int i = from; i < close; i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                depth++;
            } else if (isClose(c)) {
                depth--;
            } else if (depth == 0 && isClauseBreak(text, i, close)) {
                return i;
            }
        }
        return close;
    }

    /**
     * Where the last clause before {@code end} starts: just past the last clause break outside
     * nested brackets, or {@code from} when there is none.
     */
    static int lastClauseStart(String text, int from, int end) {
        int depth = 0;
        for (int i = end - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (isClose(c)) {
                depth++;
            } else if (isOpen(c)) {
                depth--;
            } else if (depth == 0 && isClauseBreak(text, i, end)) {
                return i + 1;
            }
        }
        return from;
    }

    private static boolean isClauseBreak(String text, int i, int end) {
        char c = text.charAt(i);
        boolean spaced = i + 1 < end && text.charAt(i + 1) == ' ';
        return c == ';' || c == '；' || c == '，' || c == '、' || c == '：' || c == '='
                || (c == ',' || c == ':') && spaced;
    }

    static boolean isOpen(char c) {
        return c == '(' || c == '[' || c == '（';
    }

    static boolean isClose(char c) {
        return c == ')' || c == ']' || c == '）';
    }

    private static boolean pairs(char open, char close) {
        return open == '[' ? close == ']' : close == ')' || close == '）';
    }
}
