package io.github.jingdu.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Something that looked wrong in the input, and where.
 *
 * <p>Diagnostics are data: the reader returns them with the document and never prints or
 * throws them. The {@code code} is a stable kebab-case identifier (for example
 * {@code invalid-utf8}) that programs can match on; the message is for people and says what to
 * do.
 *
 * @param severity how serious the finding is
 * @param code stable identifier of the kind of finding
 * @param message what is wrong and what to do about it
 * @param span where it is
 * @since 0.1.0
 */
public record Diagnostic(Severity severity, String code, String message, SourceSpan span) {

    /**
     * Checks that no component is null.
     *
     * @param severity how serious the finding is
     * @param code stable identifier of the kind of finding
     * @param message what is wrong and what to do about it
     * @param span where it is
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Writes the diagnostic as compilers and linters do, one line that editors and CI logs link to
     * its place: {@code notes.md:12:5: warning: message [code]} ({@code notes.md: warning: …}
     * without a position).
     *
     * @param source the name of the file or document it was found in
     * @return the line, without a line break
     */
    public String format(String source) {
        Objects.requireNonNull(source, "source");
        String where = span.isKnown() ? source + ":" + span.line() + ":" + span.column() : source;
        return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message + " [" + code + "]";
    }
}
