package io.github.jingdu.testing;

import java.io.ByteArrayOutputStream;

/**
 * Lets a fuzzer write long runs with a few bytes: a byte {@code 0xF8} followed by a byte {@code n}
 * repeats the character before it (the whole UTF-8 sequence), and {@code 0xF9 n} the two
 * characters before it: n + 1 times in all for n below {@code 0xEE}, and 2<sup>n - 0xEE</sup>
 * times (up to 131,072) from {@code 0xEE} on, at most 256 KiB in all. Mutating bytes one at a
 * time, a fuzzer would never build the run of 1,600 {@code -} that overflowed the stack (issue
 * 15); long runs stay rare enough that most inputs stay small and fast. Neither byte occurs in
 * valid UTF-8, so a valid input means what it says.
 */
public final class LongRuns {
    private static final int MAX_OUTPUT = 256 * 1024;
    /** From this count byte on, runs are long: 2<sup>n - 0xEE</sup>, up to 131,072. */
    private static final int LONG = 0xEE;

    private LongRuns() {
    }

    /**
     * Expands the runs of an input.
     *
     * @param input the fuzzer's bytes
     * @return the bytes with every run written out
     */
    public static byte[] expand(byte[] input) {
        return expand(input, MAX_OUTPUT);
    }

    /**
     * Expands the runs of an input, to at most {@code maxOutput} bytes: a target whose every run is
     * slow (the fixer, several passes of every rule) stays fast enough to search.
     *
     * @param input the fuzzer's bytes
     * @param maxOutput the most bytes written out
     * @return the bytes with every run written out, up to the limit
     */
    public static byte[] expand(byte[] input, int maxOutput) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
        byte[] written = new byte[0];
        for (int i = 0; i < input.length; i++) {
            int b = input[i] & 0xFF;
            if ((b == 0xF8 || b == 0xF9) && i + 1 < input.length) {
                written = out.toByteArray();
                int start = charStart(written, written.length);
                if (b == 0xF9 && start > 0) {
                    start = charStart(written, start);
                }
                int n = input[++i] & 0xFF;
                int times = (n < LONG ? n + 1 : 1 << (n - LONG)) - 1;
                int unit = written.length - start;
                for (int k = 0; k < times && unit > 0 && out.size() + unit <= maxOutput; k++) {
                    out.write(written, start, unit);
                }
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Where the UTF-8 character ending at {@code end} starts (a lone byte is a character). */
    private static int charStart(byte[] bytes, int end) {
        int i = end - 1;
        while (i > 0 && end - i < 4 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return Math.max(i, 0);
    }
}
