package io.github.jingdu.json;

/**
 * JSON that is not a {@code jingdu-notes} document this version can read: not JSON at all, a
 * newer version, or a field of the wrong shape. The message names the field by its path, such
 * as {@code blocks[2].source[0].text}, and says what was expected.
 *
 * @since 0.1.0
 */
public final class JsonFormatException extends Exception {
    /** Version of the serialised form. */
    private static final long serialVersionUID = 1L;

    /** Where the problem is, as a JSON path from the root. */
    private final String path;

    /**
     * @param path where the problem is, as a JSON path from the root ({@code $} for the root)
     * @param message what is wrong and what was expected
     */
    public JsonFormatException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /**
     * Returns where the problem is.
     *
     * @return a path such as {@code blocks[2].source[0].text}
     */
    public String path() {
        return path;
    }
}
