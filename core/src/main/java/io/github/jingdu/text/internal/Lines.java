package io.github.jingdu.text.internal;

import io.github.jingdu.model.SourceSpan;
import java.util.Arrays;

/**
 * The input cut into physical lines. A line ends after {@code \n}, {@code \r\n} or a lone
 * {@code \r}; the terminator belongs to the line, so the lines tile the text exactly.
 */
public final class Lines {
    private final String text;
    private final int[] starts;
    private final int[] contentEnds;
    private final int count;

    private Lines(String text, int[] starts, int[] contentEnds, int count) {
        this.text = text;
        this.starts = starts;
        this.contentEnds = contentEnds;
        this.count = count;
    }

    /**
     * Cuts a text into lines.
     *
     * @param text any string
     * @return its lines; an empty text has none
     */
    public static Lines of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = i;
            int j = i;
            while (j < length && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            ends[n] = j;
            n++;
            if (j < length && text.charAt(j) == '\r' && j + 1 < length && text.charAt(j + 1) == '\n') {
                i = j + 2;
            } else {
                i = j + 1;
            }
        }
        return new Lines(text, starts, ends, n);
    }

    /** @return the whole text */
    public String text() {
        return text;
    }

    /** @return the number of lines */
    public int count() {
        return count;
    }

    /**
     * @param line 0-based line index
     * @return offset of the line's first character
     */
    public int start(int line) {
        return line < count ? starts[line] : text.length();
    }

    /**
     * @param line 0-based line index
     * @return offset just past the line's content, before its terminator
     */
    public int contentEnd(int line) {
        return contentEnds[line];
    }

    /**
     * @param line 0-based line index
     * @return offset just past the line's terminator
     */
    public int end(int line) {
        return start(line + 1);
    }

    /**
     * @param line 0-based line index
     * @return the line's content without its terminator
     */
    public String content(int line) {
        return text.substring(starts[line], contentEnds[line]);
    }

    /**
     * @param line 0-based index
     * @return the line's terminator: {@code "\n"}, {@code "\r\n"}, {@code "\r"} or empty at the end
     */
    public String terminator(int line) {
        return text.substring(contentEnds[line], end(line));
    }

    /**
     * Finds the line holding an offset.
     *
     * @param offset 0 to the text's length
     * @return 0-based line index
     */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        if (found >= 0) {
            return found;
        }
        return Math.max(0, -found - 2);
    }

    /**
     * Makes the span of a range of the text.
     *
     * @param from first offset
     * @param to offset just past the range
     * @return the span, with 1-based line and column of {@code from}
     */
    public SourceSpan span(int from, int to) {
        int line = lineOf(from);
        return new SourceSpan(from, to - from, line + 1, from - start(line) + 1);
    }

    /**
     * Makes the span of whole lines, terminators included.
     *
     * @param fromLine first line
     * @param toLine line just past the range
     * @return the span
     */
    public SourceSpan spanOfLines(int fromLine, int toLine) {
        return span(start(fromLine), start(toLine));
    }

    /**
     * Makes the span of line contents, from the first line's start to the last line's content end.
     *
     * @param fromLine first line
     * @param lastLine last line, inclusive
     * @return the span, terminators of the last line excluded
     */
    public SourceSpan spanOfContent(int fromLine, int lastLine) {
        return span(start(fromLine), contentEnd(lastLine));
    }
}
