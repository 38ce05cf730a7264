package io.github.jingdu.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bold and italics by asterisks in the text of one paragraph, worked out as Flexmark 0.64 works
 * them out (its delimiter runs, flanking rules and delimiter stack, with its defaults), so that
 * a paragraph whose only syntax is asterisks needs no Flexmark parse: most Markdown of notes
 * that is not plain text is such a paragraph ({@code 这里的 **"pan out"** 是指…}). Runs of three
 * asterisks or more, whose use differs between versions of CommonMark, are not answered.
 */
public final class AsteriskEmphasis {
    /** Where the paragraph goes, piece by piece, in order. */
    public interface Sink {
        /**
         * Text of the paragraph, literal asterisks included.
         *
         * @param s the paragraph
         * @param start the first character
         * @param end after the last character
         */
        void text(String s, int start, int end);

        /**
         * Emphasis starts.
         *
         * @param strong bold ({@code **}) rather than italics ({@code *})
         */
        void open(boolean strong);

        /**
         * Emphasis ends.
         *
         * @param strong bold ({@code **}) rather than italics ({@code *})
         */
        void close(boolean strong);
    }

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final int NONE = -1;

    private AsteriskEmphasis() {
    }

    /**
     * Reads a paragraph's emphasis and hands it to the sink.
     *
     * @param s the paragraph's text, its lines joined by {@code \n}, with no other inline syntax
     * @param sink where its pieces go
     * @return false, and nothing given to the sink, when a run of three asterisks or more makes
     *     the answer Flexmark's alone
     */
    public static boolean read(String s, Sink sink) {
        Runs runs = Runs.of(s);
        if (runs == null) {
            return false;
        }
        runs.match();
        runs.emit(s, sink);
        return true;
    }

    /** The runs of asterisks of a paragraph: the delimiter stack, as a list linked by index. */
    private static final class Runs {
        private final int[] start;
        private final int[] length;
        private final int[] left;
        private final boolean[] canOpen;
        private final boolean[] canClose;
        private final int[] previous;
        private final int[] next;
        /** The tags each run closes, in the order they were made: the first made is innermost. */
        private final List<List<Boolean>> closes;
        /** The tags each run opens, in the order they were made: the last made is outermost. */
        private final List<List<Boolean>> opens;

        private Runs(int[] start, int[] length, int[] left, boolean[] canOpen, boolean[] canClose) {
            int n = start.length;
            this.start = start;
            this.length = length;
            this.left = left;
            this.canOpen = canOpen;
            this.canClose = canClose;
            this.previous = new int[n];
            this.next = new int[n];
            this.closes = new ArrayList<>(n);
            this.opens = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                previous[i] = i - 1;
                next[i] = i + 1 < n ? i + 1 : NONE;
                closes.add(new ArrayList<>(1));
                opens.add(new ArrayList<>(1));
            }
        }

        /** The runs of a paragraph, or null when one is longer than two asterisks. */
        static Runs of(String s) {
            int n = 0;
            int[] start = new int[8];
            int[] length = new int[8];
            for (int i = s.indexOf('*'); i >= 0; i = s.indexOf('*', i)) {
                int end = i;
                while (end < s.length() && s.charAt(end) == '*') {
                    end++;
                }
                if (end - i > 2) {
                    return null;
                }
                if (n == start.length) {
                    start = Arrays.copyOf(start, n * 2);
                    length = Arrays.copyOf(length, n * 2);
                }
                start[n] = i;
                length[n] = end - i;
                n++;
                i = end;
            }
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            boolean[] canOpen = new boolean[n];
            boolean[] canClose = new boolean[n];
            for (int k = 0; k < n; k++) {
                // The start and the end of the paragraph count as a line break: white space.
                char before = start[k] == 0 ? '\n' : s.charAt(start[k] - 1);
                int end = start[k] + length[k];
                char after = end == s.length() ? '\n' : s.charAt(end);
                boolean beforeSpace = isWhitespace(before);
                boolean afterSpace = isWhitespace(after);
                boolean beforePunctuation = isPunctuation(before);
                boolean afterPunctuation = isPunctuation(after);
                canOpen[k] = !afterSpace && !(afterPunctuation && !beforeSpace && !beforePunctuation);
                canClose[k] = !beforeSpace && !(beforePunctuation && !afterSpace && !afterPunctuation);
            }
            return new Runs(start, length, length.clone(), canOpen, canClose);
        }

        /**
         * Pairs openers with closers as Flexmark's inline parser does: each closer, left to
         * right, with the nearest opener before it that the "multiple of 3" rule allows, using
         * as many asterisks as the shorter run has left; the runs between them become text.
         */
        void match() {
            // NONE: no bound below the stack's own bottom.
            int openersBottom = NONE;
            int closer = start.length > 0 ? 0 : NONE;
            while (closer != NONE) {
                if (!canClose[closer]) {
                    closer = next[closer];
                    continue;
                }
                int use = 0;
                boolean potential = false;
                boolean found = false;
                int opener = previous[closer];
                while (opener != NONE && opener != openersBottom) {
                    if (canOpen[opener]) {
                        potential = true;
                        use = use(opener, closer);
                        if (use > 0) {
                            found = true;
                            break;
                        }
                    }
                    opener = previous[opener];
                }
                if (!found) {
                    // Only when no run could open at all: one the rule refused may serve later.
                    if (!potential) {
                        openersBottom = previous[closer];
                        if (!canOpen[closer]) {
                            unlink(closer);
                        }
                    }
                    closer = next[closer];
                    continue;
                }
                for (int between = previous[closer]; between != opener; between = previous[between]) {
                    unlink(between);
                }
                boolean strong = use == 2;
                opens.get(opener).add(strong);
                closes.get(closer).add(strong);
                left[opener] -= use;
                left[closer] -= use;
                if (left[opener] == 0) {
                    unlink(opener);
                }
                if (left[closer] == 0) {
                    int after = next[closer];
                    unlink(closer);
                    closer = after;
                }
            }
        }

        /** How many asterisks a pair uses: none when the "multiple of 3" rule forbids it. */
        private int use(int opener, int closer) {
            if ((canClose[opener] || canOpen[closer]) && (left[opener] + left[closer]) % 3 == 0) {
                return 0;
            }
            return Math.min(left[opener], left[closer]);
        }

        /**
         * Takes a run off the stack: what is left of it stays text. When the openers' bottom is
         * taken off, no search meets it any more and each goes down the whole stack, as in
         * Flexmark.
         */
        private void unlink(int k) {
            if (previous[k] != NONE) {
                next[previous[k]] = next[k];
            }
            if (next[k] != NONE) {
                previous[next[k]] = previous[k];
            }
        }

        void emit(String s, Sink sink) {
            int text = 0;
            for (int k = 0; k < start.length; k++) {
                if (start[k] > text) {
                    sink.text(s, text, start[k]);
                }
                for (boolean strong : closes.get(k)) {
                    sink.close(strong);
                }
                if (left[k] > 0) {
                    sink.text(s, start[k], start[k] + left[k]);
                }
                List<Boolean> opened = opens.get(k);
                for (int t = opened.size() - 1; t >= 0; t--) {
                    sink.open(opened.get(t));
                }
                text = start[k] + length[k];
            }
            if (text < s.length()) {
                sink.text(s, text, s.length());
            }
        }
    }

    /** White space as Flexmark's delimiter runs see it: a space separator, tab, CR, LF or FF. */
    private static boolean isWhitespace(char c) {
        return c == '\t' || c == '\r' || c == '\n' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Punctuation as Flexmark's delimiter runs see it: ASCII punctuation and Unicode's P classes (not S). */
    private static boolean isPunctuation(char c) {
        if (c < 0x80) {
            return ASCII_PUNCTUATION.indexOf(c) >= 0;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION -> true;
            default -> false;
        };
    }
}
