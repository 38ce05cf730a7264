package io.github.jingdu.model;

/**
 * Does something with each kind of {@link Block}: {@link Block#accept} calls the method for the
 * block's type. Because a visitor must implement every method, a new kind of block is a compile
 * error in every visitor until it says what to do with it.
 *
 * <pre>{@code
 * String kind = block.accept(new BlockVisitor<String>() {
 *     public String visit(Heading h) { return "heading " + h.level(); }
 *     public String visit(Passage p) { return "passage"; }
 *     // ... one method for each kind of block
 * });
 * }</pre>
 *
 * @param <R> what each method returns ({@link Void} for nothing)
 * @since 0.1.0
 */
public interface BlockVisitor<R> {

    /**
     * Visits the front matter.
     *
     * @param frontMatter the block
     * @return the visitor's result
     */
    R visit(FrontMatter frontMatter);

    /**
     * Visits a section heading.
     *
     * @param heading the block
     * @return the visitor's result
     */
    R visit(Heading heading);

    /**
     * Visits a passage.
     *
     * @param passage the block
     * @return the visitor's result
     */
    R visit(Passage passage);

    /**
     * Visits study notes that stand outside a passage.
     *
     * @param studyNotes the block
     * @return the visitor's result
     */
    R visit(StudyNotes studyNotes);

    /**
     * Visits a translation unit.
     *
     * @param translationUnit the block
     * @return the visitor's result
     */
    R visit(TranslationUnit translationUnit);

    /**
     * Visits a figure that stands as a block.
     *
     * @param figure the block
     * @return the visitor's result
     */
    R visit(Figure figure);

    /**
     * Visits a postscript.
     *
     * @param postscript the block
     * @return the visitor's result
     */
    R visit(Postscript postscript);

    /**
     * Visits Markdown kept as written.
     *
     * @param markdownBlock the block
     * @return the visitor's result
     */
    R visit(MarkdownBlock markdownBlock);
}
