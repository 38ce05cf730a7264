package io.github.jingdu.terms;

import io.github.jingdu.model.SourceSpan;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where something was written: a source (usually a file name) and a span in it.
 *
 * @param source the name the document was added under
 * @param span where in it
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Occurrence(String source, SourceSpan span) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param source the name the document was added under
     * @param span where in it
     */
    public Occurrence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }
}
