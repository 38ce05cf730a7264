package io.github.jingdu.render.internal;

/**
 * The renderer's XHTML as HTML for a web page. The renderer writes one markup for both
 * packagings; what only XML allows goes here: {@code xml:lang} (HTML has {@code lang}, which the
 * renderer writes beside it) and EPUB's {@code epub:type} (the ARIA roles beside it stay). Each
 * start tag is read attribute by attribute, so text inside a value (an image's alt text that
 * says {@code epub:type=}) is never taken for an attribute: the renderer escapes {@code <},
 * {@code >} and quotes in text and values.
 */
public final class HtmlMarkup {
    private HtmlMarkup() {
    }

    /**
     * @param xhtml content written by the renderer, with its Chinese runs marked
     * @return the same content as HTML
     */
    public static String of(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length());
        int n = xhtml.length();
        int copied = 0;
        int at = xhtml.indexOf('<');
        while (at >= 0 && at + 1 < n) {
            if (!isAsciiLetter(xhtml.charAt(at + 1))) {
                at = xhtml.indexOf('<', at + 1);
                continue;
            }
            int p = at + 2;
            while (p < n && (isAsciiLetter(xhtml.charAt(p)) || xhtml.charAt(p) >= '0' && xhtml.charAt(p) <= '9')) {
                p++;
            }
            out.append(xhtml, copied, p);
            while (true) {
                int space = p;
                while (p < n && isSpace(xhtml.charAt(p))) {
                    p++;
                }
                int name = p;
                while (p < n && isNameChar(xhtml.charAt(p))) {
                    p++;
                }
                if (space == name || name == p) {
                    p = space;
                    break;
                }
                int nameEnd = p;
                if (p + 1 < n && xhtml.charAt(p) == '=' && xhtml.charAt(p + 1) == '"') {
                    int quote = xhtml.indexOf('"', p + 2);
                    if (quote >= 0) {
                        p = quote + 1;
                    }
                }
                if (!isName(xhtml, name, nameEnd, "xml:lang") && !isName(xhtml, name, nameEnd, "epub:type")) {
                    out.append(xhtml, space, p);
                }
            }
            copied = p;
            at = xhtml.indexOf('<', p);
        }
        return out.append(xhtml, copied, n).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** White space as Java's regular expressions read {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isNameChar(char c) {
        return !isSpace(c) && c != '=' && c != '"' && c != '/' && c != '>';
    }

    private static boolean isName(String s, int from, int to, String name) {
        return to - from == name.length() && s.startsWith(name, from);
    }
}
