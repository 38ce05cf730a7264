package io.github.jingdu.render.internal;

/** Escapes text for XHTML and XML, dropping characters XML 1.0 cannot hold. */
public final class Xml {
    private Xml() {
    }

    /**
     * @param text any text
     * @return the text escaped for element content and attribute values
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        sb.append(c);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Replaces the characters XML 1.0 cannot hold in markup that is otherwise well formed.
     *
     * @param xhtml markup
     * @return the markup, every character allowed
     */
    public static String clean(String xhtml) {
        StringBuilder sb = null;
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xhtml.length()
                    && Character.isLowSurrogate(xhtml.charAt(i + 1));
            if (pair || allowed(c)) {
                if (sb != null) {
                    sb.append(c);
                    if (pair) {
                        sb.append(xhtml.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(xhtml.length()).append(xhtml, 0, i);
                }
                sb.append('\uFFFD');
            }
        }
        return sb == null ? xhtml : sb.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD && c != 0xFFFE;
    }
}
