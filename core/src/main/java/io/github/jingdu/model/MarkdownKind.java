package io.github.jingdu.model;

/**
 * What a {@link MarkdownBlock} looks like.
 *
 * @since 0.1.0
 */
public enum MarkdownKind {
    /** Prose lines. */
    PARAGRAPH,
    /** A fenced code block. */
    CODE,
    /** A pipe table. */
    TABLE,
    /** A bulleted or numbered list. */
    LIST,
    /** A {@code >} quote. */
    QUOTE,
    /** A thematic break such as {@code ***}. */
    THEMATIC_BREAK,
    /** An HTML block or comment. */
    HTML,
    /** Only blank lines (a document with no other content). */
    BLANK
}
