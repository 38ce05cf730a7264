package io.github.jingdu.text.internal;

/** Removes and adds the {@code >} of quote lines. */
public final class QuoteLines {
    private QuoteLines() {
    }

    /**
     * Removes leading blank characters, one {@code >} and one space after it.
     *
     * @param line a quote line
     * @return its content
     */
    public static String unquote(String line) {
        int i = 0;
        while (i < line.length() && Scripts.isBlankChar(line.charAt(i))) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return line.substring(i);
    }

    /**
     * Quotes one line of content: {@code >} alone for an empty line, else {@code > } before it.
     *
     * @param content a line of content
     * @return the quote line
     */
    public static String quote(String content) {
        return content.isEmpty() ? ">" : "> " + content;
    }
}
