package io.github.jingdu.lint;

/**
 * A configuration file that cannot be used: its path and what is wrong with it are in the message.
 *
 * @since 0.1.0
 */
public final class LintConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the file, and what is wrong
     */
    public LintConfigException(String message) {
        super(message);
    }
}
