package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The head of a document: its title, the dek (the standfirst under the title) with its
 * translation, and {@code Link:}/{@code Speaker:}/{@code Date:} lines.
 *
 * @param title the title as plain text, or null when the document has none
 * @param titleMarkdown the title as written, without the {@code #} or the bold markers that made
 *     it a title, or null
 * @param dek the English standfirst, or null
 * @param dekTranslation its Chinese translation, or null
 * @param fields the {@code Key: value} lines, in order
 * @param span where the front matter stands
 * @param raw its source text
 * @since 0.1.0
 */
public record FrontMatter(@Nullable String title, @Nullable String titleMarkdown, @Nullable Paragraph dek,
        @Nullable Paragraph dekTranslation, List<Field> fields, SourceSpan span, String raw)
        implements Block {

    /**
     * Copies the list and checks that required components are present.
     *
     * @param title the title as plain text, or null when the document has none
     * @param titleMarkdown the title as written, without the {@code #} or the bold markers that made
     *     it a title, or null
     * @param dek the English standfirst, or null
     * @param dekTranslation its Chinese translation, or null
     * @param fields the {@code Key: value} lines, in order
     * @param span where the front matter stands
     * @param raw its source text
     */
    public FrontMatter {
        if ((title == null) != (titleMarkdown == null)) {
            throw new IllegalArgumentException("title and titleMarkdown must both be set or both null");
        }
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Calls {@code visitor.visit(this)}.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returned
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
