package io.github.jingdu.terms;

import io.github.jingdu.model.SourceSpan;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A term found in running text.
 *
 * @param kind what sort of term it is
 * @param text the term as written: the short form of an abbreviation, the name, the handle,
 *     the citation or the caption
 * @param expansion the long form of an abbreviation, or null for other kinds
 * @param pattern how an abbreviation was defined, or null for other kinds
 * @param span where {@code text} stands in the source, or {@link SourceSpan#NONE} when it could
 *     not be placed
 * @since 0.1.0
 */
public record TextTerm(TermKind kind, String text, @Nullable String expansion, @Nullable DefinitionPattern pattern, SourceSpan span) {

    /**
     * Checks that the required components are present.
     *
     * @param kind what sort of term it is
     * @param text the term as written: the short form of an abbreviation, the name, the handle,
     *     the citation or the caption
     * @param expansion the long form of an abbreviation, or null for other kinds
     * @param pattern how an abbreviation was defined, or null for other kinds
     * @param span where {@code text} stands in the source, or {@link SourceSpan#NONE} when it could
     *     not be placed
     */
    public TextTerm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
