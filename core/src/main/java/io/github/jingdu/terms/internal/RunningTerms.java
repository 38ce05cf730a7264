package io.github.jingdu.terms.internal;

import io.github.jingdu.terms.TermKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names, handles, citations and captions in a paragraph's plain text. Names are looked
 * for only in Chinese text, where a Latin-script run stands out as a kept name or term.
 */
public final class RunningTerms {
    private static final Pattern LATIN_RUN = Pattern.compile(
            "(?<![A-Za-z0-9@#_.-])[A-Za-z][A-Za-z0-9+#'’.-]*[A-Za-z0-9+#](?:[ \\u00a0][A-Za-z0-9][A-Za-z0-9+#'’.-]*[A-Za-z0-9+#])*");
    private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9_.@])@[A-Za-z0-9_]{1,30}(?![A-Za-z0-9_@.]*\\.[a-z])");
    private static final Pattern CITATION = Pattern.compile("\\[\\d{1,4}(?:\\s*[,–-]\\s*\\d{1,4})*\\]");
    /** A caption, perhaps in bold that does not render: {@code **Figure 1: **…}. */
    private static final Pattern CAPTION = Pattern.compile("^[*_]*(?:Figure|Fig\\.|Table|图|表)\\s*\\d+[.:：]?.*");
    private static final int MAX_CAPTION = 300;

    /**
     * A term's kind and where it stands in the text.
     *
     * @param kind its kind
     * @param start first offset
     * @param end offset just past it
     */
    public record Found(TermKind kind, int start, int end) {
    }

    private RunningTerms() {
    }

    /**
     * Finds the terms in one paragraph.
     *
     * @param text the paragraph's plain text
     * @param chinese whether the paragraph is Chinese text
     * @return the terms in text order per kind
     */
    public static List<Found> find(String text, boolean chinese) {
        List<Found> found = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.length() <= MAX_CAPTION && CAPTION.matcher(trimmed).matches()) {
            int start = text.indexOf(trimmed.charAt(0));
            found.add(new Found(TermKind.CAPTION, start, start + trimmed.length()));
        }
        if (chinese) {
            add(found, TermKind.LATIN_IN_CHINESE, LATIN_RUN.matcher(text));
        }
        // Each pattern needs its first character; looking for it first spares the pattern's
        // look-behind at every position of the many paragraphs without one.
        if (text.indexOf('@') >= 0) {
            add(found, TermKind.HANDLE, HANDLE.matcher(text));
        }
        if (text.indexOf('[') >= 0) {
            add(found, TermKind.CITATION, CITATION.matcher(text));
        }
        return found;
    }

    private static void add(List<Found> found, TermKind kind, Matcher m) {
        while (m.find()) {
            found.add(new Found(kind, m.start(), m.end()));
        }
    }
}
