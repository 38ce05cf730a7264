package io.github.jingdu.render.internal;

import io.github.jingdu.text.internal.AsteriskEmphasis;
import io.github.jingdu.text.internal.InlineText;

/**
 * Markdown that is only paragraphs of text, bold and italics by asterisks included, rendered as
 * Flexmark renders it without Flexmark. Most Markdown in notes (explanations, translations,
 * lines of talks, and the many paragraphs that only set a word in bold) is such text, and a
 * Flexmark parse costs far more than the text: its parser and renderer are built anew for each
 * call. The test is deliberately narrow: any other character or line start that could mean
 * something to CommonMark or its table and strikethrough extensions sends the text to Flexmark,
 * and {@code PlainParagraphsTest} checks the two agree wherever this one answers.
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
        if (InlineText.hasSyntaxBesidesAsterisks(markdown)) {
            return null;
        }
        StringBuilder html = new StringBuilder(markdown.length() + 16);
        int paragraph = -1;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (end == start) {
                if (paragraph >= 0 && !paragraph(markdown, paragraph, start - 1, html)) {
                    return null;
                }
                paragraph = -1;
            } else {
                if (!InlineText.isParagraphLine(markdown, start, end)) {
                    return null;
                }
                if (paragraph < 0) {
                    paragraph = start;
                }
            }
            start = end + 1;
        }
        if (paragraph >= 0 && !paragraph(markdown, paragraph, markdown.length(), html)) {
            return null;
        }
        return html.toString();
    }

    /** One paragraph, its lines joined by line breaks: false when only Flexmark can say. */
    private static boolean paragraph(String markdown, int start, int end, StringBuilder html) {
        String text = markdown.substring(start, end);
        html.append("<p>");
        if (text.indexOf('*') < 0) {
            escape(text, 0, text.length(), html);
        } else if (!AsteriskEmphasis.read(text, new Tags(html))) {
            return false;
        }
        html.append("</p>\n");
        return true;
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
