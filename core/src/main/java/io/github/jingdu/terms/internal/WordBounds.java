package io.github.jingdu.terms.internal;

/** Word and clause boundaries in English running text. */
final class WordBounds {
    /**
     * How far back a clause is looked for. A long form has at most fifteen words (Schwartz and
     * Hearst: min(|A| + 5, 2|A|) for a short form of at most ten characters), so a clause
     * longer than this changes no definition; looking further back from every bracket took time
     * growing with the square of a text without clause breaks.
     */
    private static final int MAX_CLAUSE = 2_000;
    /** The longest group of brackets attached to a word, as for a bracket's close in {@link Brackets}. */
    private static final int MAX_GROUP = 300;

    private WordBounds() {
    }

    static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * Where the clause holding {@code pos} starts: after the last sentence end ({@code . ? !}
     * followed by a space), semicolon, colon, bracket or line break before it, at most
     * {@link #MAX_CLAUSE} characters back. A long form never reaches across one.
     */
    static int clauseStart(String text, int pos) {
        int limit = Math.max(0, pos - MAX_CLAUSE);
        for (int i = pos - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (Brackets.isClose(c)) {
                int open = attachedOpen(text, i);
                if (open < 0) {
                    return i + 1;
                }
                i = open;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '。' || c == '；' || c == '：' || Brackets.isOpen(c)) {
                return i + 1;
            }
            if (Character.isWhitespace(c)) {
                char p = text.charAt(i - 1);
                if (p == ';' || p == ':' || (p == '.' || p == '?' || p == '!') && sentenceEnds(text, i - 1)) {
                    return i;
                }
            }
        }
        return limit;
    }

    /**
     * The opening bracket of a group that is part of a word, such as {@code N-(1-naphthyl)} or
     * {@code NAD(P)H}: written with no space before it. A bracket after a space is an aside, and
     * a long form does not reach across it. A group longer than {@link #MAX_GROUP} is not
     * looked through.
     *
     * @return its offset, or -1 when the group is an aside or not closed
     */
    private static int attachedOpen(String text, int close) {
        int depth = 0;
        for (int i = close; i >= Math.max(0, close - MAX_GROUP); i--) {
            char c = text.charAt(i);
            if (Brackets.isClose(c)) {
                depth++;
            } else if (Brackets.isOpen(c) && --depth == 0) {
                return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) ? i : -1;
            }
        }
        return -1;
    }

    /** A full stop ends a sentence unless it follows a single letter ({@code e.g.}, {@code J.}). */
    private static boolean sentenceEnds(String text, int stop) {
        return stop < 2 || Character.isLetterOrDigit(text.charAt(stop - 2)) || text.charAt(stop - 1) == ')';
    }

    /** The start of the space-separated word that ends at {@code end}. */
    static int wordStart(String text, int from, int end) {
        int i = end;
        while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the last {@code n} space-separated words before {@code end}. */
    static int startOfLastWords(String text, int from, int end, int n) {
        int i = trimEnd(text, from, end);
        int start = i;
        for (int w = 0; w < n && i > from; w++) {
            start = wordStart(text, from, i);
            i = trimEnd(text, from, start);
        }
        return start;
    }

    static int count(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
