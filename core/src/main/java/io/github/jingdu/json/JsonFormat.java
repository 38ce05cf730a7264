package io.github.jingdu.json;

/**
 * The names and versions of the JSON forms: the notes' ({@link JsonWriter}) and the terms'
 * ({@link TermsJsonWriter}).
 *
 * @since 0.1.0
 */
public final class JsonFormat {
    /** The value of the top-level {@code "format"} field. */
    public static final String NAME = "jingdu-notes";
    /**
     * The version this library writes and the newest it reads (it reads every version from 1).
     * Version 2 added vocabulary tables and lists, and an entry's part of speech, expansion,
     * examples, shape and Markdown; version 3 each entry's grounding, each aligned sentence's
     * Markdown and each sentence bead's confidence.
     */
    public static final int VERSION = 3;

    /**
     * The value of the top-level {@code "format"} field of the terms' JSON ({@link TermsJsonWriter}).
     *
     * @since 0.2.0
     */
    public static final String TERMS_NAME = "jingdu-terms";
    /**
     * The version of the terms' JSON that {@link TermsJsonWriter} writes.
     *
     * @since 0.2.0
     */
    public static final int TERMS_VERSION = 2;

    private JsonFormat() {
    }
}
