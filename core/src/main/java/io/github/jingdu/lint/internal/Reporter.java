package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.TextEdit;
import java.util.List;

/** Where a rule reports findings: a range of the text, a message, and perhaps a fix. */
public interface Reporter {

    /**
     * Reports a finding that cannot be fixed automatically.
     *
     * @param from first offset
     * @param to offset just past it
     * @param message what is wrong and what to do
     */
    default void report(int from, int to, String message) {
        report(from, to, message, List.of());
    }

    /**
     * Reports a finding.
     *
     * @param from first offset
     * @param to offset just past it
     * @param message what is wrong and what to do
     * @param fix edits that mend it without changing meaning, or none
     */
    void report(int from, int to, String message, List<TextEdit> fix);
}
