package io.github.jingdu.model;

/**
 * A top-level part of a {@link NoteDocument}.
 *
 * <p>The blocks of a parsed document tile its text: each character of the input belongs to
 * exactly one block, and {@link #raw()} is that block's text as written, blank lines after it
 * included. Blocks built in code, or read from JSON without positions, have an empty
 * {@code raw} and {@link SourceSpan#NONE}.
 *
 * @since 0.1.0
 */
public sealed interface Block
        permits FrontMatter, Heading, Passage, StudyNotes, TranslationUnit, Figure, Postscript, MarkdownBlock {

    /**
     * Returns where the block stands in the source.
     *
     * @return the span of {@link #raw()}
     */
    SourceSpan span();

    /**
     * Returns the block's source text exactly as written.
     *
     * @return the characters of {@link #span()}, or an empty string when the block has no source
     */
    String raw();

    /**
     * Calls the visitor's method for this block's type.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returned
     */
    <R> R accept(BlockVisitor<R> visitor);
}
