package io.github.jingdu.lsp.internal;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between offsets into a text (UTF-16 units, as Jingdu's spans count) and the protocol's
 * positions: a 0-based line, ended by {@code \n}, {@code \r\n} or {@code \r}, and a 0-based
 * character that counts UTF-16 units, the protocol's default encoding.
 */
final class LineIndex {

    private final int[] starts;
    private final String text;
    private final int length;

    LineIndex(String text) {
        int[] found = new int[16];
        int n = 0;
        found[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, n);
        this.text = text;
        this.length = text.length();
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(starts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, clamped - starts[line]);
    }

    Range range(int offset, int end) {
        return new Range(position(offset), position(Math.max(offset, end)));
    }

    /**
     * The offset of a position; a character past the end of its line stops at the line's end,
     * before its line break, as the protocol says.
     */
    int offset(Position position) {
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= starts.length) {
            return length;
        }
        int start = starts[position.getLine()];
        int end = length;
        if (position.getLine() + 1 < starts.length) {
            end = starts[position.getLine() + 1] - 1;
            if (text.charAt(end) == '\n' && end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return Math.min(start + Math.max(0, position.getCharacter()), end);
    }
}
