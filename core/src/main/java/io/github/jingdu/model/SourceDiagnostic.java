package io.github.jingdu.model;

import java.util.Objects;

/**
 * A diagnostic and the document it was found in, for work that reads several documents at once,
 * such as a book of many notes.
 *
 * @param source the name of the document, as the caller gave it
 * @param diagnostic what was found, with its place in that document
 * @since 0.1.0
 */
public record SourceDiagnostic(String source, Diagnostic diagnostic) {

    /**
     * Checks that no component is null.
     *
     * @param source the name of the document, as the caller gave it
     * @param diagnostic what was found, with its place in that document
     */
    public SourceDiagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    /**
     * Writes it as one line: {@code notes.md:12:5: warning: message [code]}.
     *
     * @return {@code diagnostic().format(source())}
     */
    public String format() {
        return diagnostic.format(source);
    }
}
