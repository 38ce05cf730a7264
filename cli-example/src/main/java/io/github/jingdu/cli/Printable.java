package io.github.jingdu.cli;

/**
 * A file name as it may be printed on a line of a log: line breaks and other control characters
 * escaped, so that a name cannot start a line of its own (a GitHub workflow command, say).
 */
final class Printable {
    private Printable() {
    }

    /**
     * Escapes control characters, line and paragraph separators as {@code \xHH} or {@code \\uHHHH}.
     *
     * @param name a file name or any text from outside
     * @return the text with nothing that breaks a line or moves the cursor
     */
    static String of(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029';
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(name.length() + 8).append(name, 0, i);
                }
                sb.append(c <= 0xff ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? name : sb.toString();
    }
}
