package io.github.jingdu.render.internal;

import io.github.jingdu.text.internal.AsteriskEmphasis;
import io.github.jingdu.text.internal.InlineText;

/**
 * Markdown that is only paragraphs of text and simple lists, bold and italics by asterisks
 * included, rendered as Flexmark renders it without Flexmark. Most Markdown in notes
 * (explanations, translations, lines of talks, a word set in bold, lists of
 * {@code - **term** = 译文}) is such text, and a Flexmark parse costs far more than the text: its
 * parser and renderer are built anew for each call. The test is deliberately narrow: any other
 * character or line start that could mean something to CommonMark or its table and strikethrough
 * extensions sends the text to Flexmark, and {@code SimpleMarkdownTest} checks the two agree
 * wherever this one answers.
 */
final class SimpleMarkdown {
    private SimpleMarkdown() {
    }

    /**
     * Renders text made of paragraphs and tight lists whose items are one line of text each.
     *
     * @param markdown the Markdown
     * @return the HTML Flexmark gives for it, or null when it may hold anything else (then only
     *     Flexmark can say)
     */
    static String render(String markdown) {
        if (InlineText.hasSyntaxBesidesAsterisks(markdown)) {
            return null;
        }
        StringBuilder html = new StringBuilder(markdown.length() + 16);
        boolean afterList = false;
        int start = 0;
        while (start < markdown.length()) {
            if (markdown.charAt(start) == '\n') {
                start++;
                continue;
            }
            int end = blockEnd(markdown, start);
            Item first = Item.of(markdown, start, lineEnd(markdown, start));
            boolean list = first != null;
            // Two lists one after the other may be one loose list, or two: Flexmark's to say.
            if (list && afterList || !(list ? list(markdown, first, start, end, html) : paragraph(markdown, start, end, html))) {
                return null;
            }
            afterList = list;
            start = end;
        }
        return html.toString();
    }

    /** Where the block of lines beginning at a position ends: at its last line's end. */
    private static int blockEnd(String s, int start) {
        int end = lineEnd(s, start);
        while (end + 1 < s.length() && s.charAt(end + 1) != '\n') {
            end = lineEnd(s, end + 1);
        }
        return end;
    }

    private static int lineEnd(String s, int start) {
        int end = s.indexOf('\n', start);
        return end < 0 ? s.length() : end;
    }

    /** One paragraph, its lines joined by line breaks: false when only Flexmark can say. */
    private static boolean paragraph(String s, int start, int end, StringBuilder html) {
        for (int line = start; line < end; line = lineEnd(s, line) + 1) {
            if (!InlineText.isParagraphLine(s, line, lineEnd(s, line))) {
                return false;
            }
        }
        html.append("<p>");
        if (!inline(s.substring(start, end), html)) {
            return false;
        }
        html.append("</p>\n");
        return true;
    }

    /**
     * A tight list, every line an item of the same kind: false when a line is anything else (a
     * lazy continuation, another kind of item) or an item's text is not one line of text.
     */
    private static boolean list(String s, Item first, int start, int end, StringBuilder html) {
        html.append(first.ordered() ? first.number() == 1 ? "<ol>\n" : "<ol start=\"" + first.number() + "\">\n" : "<ul>\n");
        for (int line = start; line < end; line = lineEnd(s, line) + 1) {
            int lineEnd = lineEnd(s, line);
            Item item = Item.of(s, line, lineEnd);
            if (item == null || item.marker() != first.marker()
                    || !InlineText.isParagraphLine(s, item.textStart(), lineEnd)) {
                return false;
            }
            html.append("<li>");
            if (!inline(s.substring(item.textStart(), lineEnd), html)) {
                return false;
            }
            html.append("</li>\n");
        }
        html.append(first.ordered() ? "</ol>\n" : "</ul>\n");
        return true;
    }

    /**
     * A list item's start: a bullet ({@code -}, {@code +}, {@code *}) or a number of one to
     * nine digits and {@code .} or {@code )}, one space, then a character that is not white
     * space. Items with more spaces, or none, are left to Flexmark.
     *
     * @param marker the bullet, or the character after the number
     * @param ordered whether numbered
     * @param number the number, for an ordered item
     * @param textStart where the item's text begins
     */
    private record Item(char marker, boolean ordered, int number, int textStart) {
        static Item of(String s, int start, int end) {
            char first = s.charAt(start);
            int after;
            boolean ordered = false;
            if (first == '-' || first == '+' || first == '*') {
                after = start + 1;
            } else {
                after = start;
                while (after < end && after - start < 10 && s.charAt(after) >= '0' && s.charAt(after) <= '9') {
                    after++;
                }
                if (after == start || after - start > 9 || after >= end || s.charAt(after) != '.' && s.charAt(after) != ')') {
                    return null;
                }
                ordered = true;
                after++;
            }
            if (after + 1 >= end || s.charAt(after) != ' ' || Character.isWhitespace(s.charAt(after + 1))
                    || Character.isSpaceChar(s.charAt(after + 1))) {
                return null;
            }
            int number = ordered ? Integer.parseInt(s, start, after - 1, 10) : 0;
            return new Item(ordered ? s.charAt(after - 1) : first, ordered, number, after + 1);
        }
    }

    /** Text and its emphasis by asterisks: false when only Flexmark can say. */
    private static boolean inline(String text, StringBuilder html) {
        if (text.indexOf('*') < 0) {
            escape(text, 0, text.length(), html);
            return true;
        }
        return AsteriskEmphasis.read(text, new Tags(html));
    }

    /** Emphasis as Flexmark writes it. */
    private record Tags(StringBuilder html) implements AsteriskEmphasis.Sink {
        @Override
        public void text(String s, int start, int end) {
            escape(s, start, end, html);
        }

        @Override
        public void open(boolean strong) {
            html.append(strong ? "<strong>" : "<em>");
        }

        @Override
        public void close(boolean strong) {
            html.append(strong ? "</strong>" : "</em>");
        }
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
