package io.github.jingdu.json;

/** The name and version of the JSON form, and the names of its block and item types. */
public final class JsonFormat {
    /** The value of the top-level {@code "format"} field. */
    public static final String NAME = "jingdu-notes";
    /** The version this library writes and the newest it reads. */
    public static final int VERSION = 1;

    private JsonFormat() {
    }
}
