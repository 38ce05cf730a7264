package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The output of a two- or three-pass translation prompt: optionally the English source, a
 * literal translation ({@code ### 直译}), optionally a critique ({@code ### 问题} or
 * {@code ### 反思}), and a free translation ({@code ### 意译}).
 *
 * @param parts the parts in the order written
 * @param renditions literal ↔ free: paragraphs and sentences, or null until aligned
 * @param source the English source ↔ the free translation (or the literal one when there is no
 *     free one): sentences, or null until aligned or when there is no source
 * @param span where the unit stands
 * @param raw its source text
 * @since 0.1.0
 */
public record TranslationUnit(List<Rendition> parts, @Nullable RenditionAlignment renditions, @Nullable SentenceAlignment source,
        SourceSpan span, String raw) implements Block {

    /**
     * Copies the list and checks that required components are present.
     *
     * @param parts the parts in the order written
     * @param renditions literal ↔ free: paragraphs and sentences, or null until aligned
     * @param source the English source ↔ the free translation (or the literal one when there is no
     *     free one): sentences, or null until aligned or when there is no source
     * @param span where the unit stands
     * @param raw its source text
     */
    public TranslationUnit {
        parts = List.copyOf(parts);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Returns the first part of a kind.
     *
     * @param kind the kind
     * @return that part, or null when the unit has none
     */
    public @Nullable Rendition part(RenditionKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
    }

    /**
     * Returns this unit with its alignments.
     *
     * @param literalToFree literal ↔ free, or null
     * @param sourceToTranslation source ↔ translation, or null
     * @return a copy that carries them
     */
    public TranslationUnit withAlignments(@Nullable RenditionAlignment literalToFree,
            @Nullable SentenceAlignment sourceToTranslation) {
        return new TranslationUnit(parts, literalToFree, sourceToTranslation, span, raw);
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
