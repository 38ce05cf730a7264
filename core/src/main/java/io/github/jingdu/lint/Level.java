package io.github.jingdu.lint;

import io.github.jingdu.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * How a rule is set: off, or reporting at a severity.
 *
 * @since 0.1.0
 */
public enum Level {
    /** The rule does not run. */
    OFF,
    /** Findings are informational; they never fail a run. */
    INFO,
    /** Findings are warnings; they fail a run only over {@code --max-warnings}. */
    WARNING,
    /** Findings are errors; any fails a run. */
    ERROR;

    /**
     * Returns the severity of findings at this level.
     *
     * @return the severity, or null for {@link #OFF}
     */
    public @Nullable Severity severity() {
        return switch (this) {
            case OFF -> null;
            case INFO -> Severity.INFO;
            case WARNING -> Severity.WARNING;
            case ERROR -> Severity.ERROR;
        };
    }
}
