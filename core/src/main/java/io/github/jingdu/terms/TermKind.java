package io.github.jingdu.terms;

/**
 * What kind of term a {@link TextTerm} is.
 *
 * @since 0.1.0
 */
public enum TermKind {
    /** A short form defined in the text, with its long form: {@code large language models (LLMs)}. */
    ABBREVIATION,
    /** A Latin-script name or term inside Chinese text: {@code Microsoft}, {@code Transformer}. */
    LATIN_IN_CHINESE,
    /** A social-media handle: {@code @sama}. */
    HANDLE,
    /** A numbered citation: {@code [20]}. */
    CITATION,
    /** A figure or table caption: {@code Figure 1: …}, {@code 图 1 …}. */
    CAPTION
}
