package io.github.jingdu.model;

/**
 * How serious a {@link Diagnostic} is.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The content is damaged: something could not be read as intended. */
    ERROR,
    /** The content is readable but probably not what the author meant. */
    WARNING,
    /** A remark that needs no action. */
    INFO
}
