package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a line that holds one image and nothing else: {@code ![alt](path "title")}. */
public final class FigureLine {
    private static final Pattern IMAGE = Pattern.compile(
            "^!\\[([^\\]\\n]*)\\]\\(\\s*(<[^>]*>|[^\\s)]*)(?:\\s+\"([^\"]*)\")?\\s*\\)$");

    /**
     * The parts of an image line.
     *
     * @param alt alternative text
     * @param path the path or URL, without angle brackets
     * @param title the title or an empty string
     */
    public record Parts(String alt, String path, String title) {
    }

    private FigureLine() {
    }

    /**
     * @param line a line's content
     * @return its parts, or null when the line is not a lone image
     */
    public static Parts parse(String line) {
        String s = Scripts.strip(line);
        if (!s.startsWith("![")) {
            return null;
        }
        Matcher m = IMAGE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String path = m.group(2);
        if (path.startsWith("<") && path.endsWith(">")) {
            path = path.substring(1, path.length() - 1);
        }
        return new Parts(m.group(1), path, m.group(3) == null ? "" : m.group(3));
    }
}
