package io.github.jingdu.html.internal;

/**
 * A string as a JavaScript string literal that may stand inside a script file or element:
 * quotes, backslashes, control characters, the line separators JavaScript once refused, and
 * every {@code <} (so that neither {@code </script>} nor {@code <!--} can appear) escaped.
 */
final class JsString {
    private JsString() {
    }

    static String of(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
