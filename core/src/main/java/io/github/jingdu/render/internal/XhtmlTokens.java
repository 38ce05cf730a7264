package io.github.jingdu.render.internal;

import java.util.ArrayList;
import java.util.List;

/** The XHTML this package renders, cut into tags and characters of text. */
final class XhtmlTokens {
    private XhtmlTokens() {
    }

    /** What a token is. */
    enum Kind { START, END, VOID, TEXT }

    /**
     * A tag, or one character of text.
     *
     * @param kind what it is
     * @param name a tag's element name, or null
     * @param raw how it is written
     * @param text the character, for text
     */
    record Token(Kind kind, String name, String raw, char text) {
        /** Appends the token as written. */
        void appendTo(StringBuilder out) {
            if (raw == null) {
                out.append(text);
            } else {
                out.append(raw);
            }
        }
    }

    /**
     * Cuts XHTML into tokens.
     *
     * @param html well-formed XHTML, entities only for {@code & < > " '} or numeric
     * @return the tokens, or null for what this package never writes (comments, unbalanced tags)
     */
    static List<Token> of(String html) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                String raw = html.substring(i, close + 1);
                if (raw.startsWith("</")) {
                    if (--depth < 0) {
                        return null;
                    }
                    out.add(new Token(Kind.END, raw.substring(2, raw.length() - 1).strip(), raw, '\0'));
                } else if (raw.endsWith("/>")) {
                    out.add(new Token(Kind.VOID, name(raw), raw, '\0'));
                } else if (raw.startsWith("<!") || raw.startsWith("<?")) {
                    return null;
                } else {
                    depth++;
                    out.add(new Token(Kind.START, name(raw), raw, '\0'));
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi < 0) {
                    return null;
                }
                String raw = html.substring(i, semi + 1);
                int decoded = entity(raw.substring(1, raw.length() - 1));
                if (decoded < 0 || decoded > Character.MAX_CODE_POINT) {
                    return null;
                }
                char[] chars = Character.toChars(decoded);
                out.add(new Token(Kind.TEXT, null, chars.length == 1 ? raw : null, chars[0]));
                if (chars.length == 2) {
                    out.add(new Token(Kind.TEXT, null, null, chars[1]));
                }
                i = semi + 1;
            } else {
                out.add(new Token(Kind.TEXT, null, null, c));
                i++;
            }
        }
        return depth == 0 ? out : null;
    }

    static String name(String tag) {
        int end = 1;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return tag.substring(1, end);
    }

    private static int entity(String name) {
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
