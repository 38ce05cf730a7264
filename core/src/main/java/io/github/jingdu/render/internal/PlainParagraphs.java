package io.github.jingdu.render.internal;

import io.github.jingdu.text.internal.InlineText;

/**
 * Markdown that is only paragraphs of text, rendered as Flexmark renders it without Flexmark.
 * Most Markdown in notes (explanations, translations, lines of talks) is such text, and a
 * Flexmark parse costs far more than the text: its parser and renderer are built anew for each
 * call. The test is deliberately narrow: any character or line start that could mean something
 * to CommonMark or its table and strikethrough extensions sends the text to Flexmark, and
 * {@code PlainParagraphsTest} checks the two agree wherever this one answers.
 */
final class PlainParagraphs {
    private PlainParagraphs() {
    }

    /**
     * Renders text made of paragraphs alone.
     *
     * @param markdown the Markdown
     * @return the HTML Flexmark gives for it, or null when it may hold anything but paragraphs of
     *     text (then only Flexmark can say)
     */
    static String render(String markdown) {
        if (InlineText.hasSyntax(markdown)) {
            return null;
        }
        StringBuilder html = new StringBuilder(markdown.length() + 16);
        boolean open = false;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (end == start) {
                if (open) {
                    html.append("</p>\n");
                    open = false;
                }
            } else {
                if (!plainLine(markdown, start, end)) {
                    return null;
                }
                html.append(open ? "\n" : "<p>");
                open = true;
                escape(markdown, start, end, html);
            }
            start = end + 1;
        }
        if (open) {
            html.append("</p>\n");
        }
        return html.toString();
    }

    /**
     * Whether a line can only be text of a paragraph: it neither starts nor ends with white
     * space (indentation, hard breaks, blank lines), starts with nothing that opens a block, and
     * holds no control character, tab, table pipe or {@code <}.
     */
    private static boolean plainLine(String s, int start, int end) {
        char first = s.charAt(start);
        char last = s.charAt(end - 1);
        if (Character.isWhitespace(first) || Character.isSpaceChar(first)
                || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return false;
        }
        switch (first) {
            case '#', '>', '-', '+', '*', '=', '<', '`', '~', '_', '!', ':' -> {
                return false;
            }
            default -> {
            }
        }
        if (startsOrderedItem(s, start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            // A < may open an autolink that hasSyntax does not see (<123456@qq.com>).
            if (c < ' ' || c == '|' || c == '<' || c == '\u007f') {
                return false;
            }
        }
        return true;
    }

    /** A number of up to nine digits and {@code .} or {@code )}: an ordered list's item. */
    private static boolean startsOrderedItem(String s, int start, int end) {
        int i = start;
        while (i < end && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }

    /** Text escaped as Flexmark escapes it in HTML. */
    private static void escape(String s, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
