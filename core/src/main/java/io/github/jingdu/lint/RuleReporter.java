package io.github.jingdu.lint;

import java.util.List;

/**
 * Where a rule reports what it finds: a range of the text, a message, and perhaps a fix. The
 * linter gives each finding the rule's {@link RuleInfo}, the level the configuration sets and the
 * line and column of {@code from}.
 *
 * @since 0.1.0
 */
public interface RuleReporter {

    /**
     * Reports a finding that cannot be fixed automatically.
     *
     * @param from the offset of its first character in {@link RuleContext#text()}
     * @param to the offset just past it ({@code from} for a point)
     * @param message what is wrong and what to do, in one sentence
     * @throws IllegalArgumentException from a rule of your own, when the range is not within the text
     * @throws NullPointerException for a null message
     */
    default void report(int from, int to, String message) {
        report(from, to, message, List.of());
    }

    /**
     * Reports a finding.
     *
     * @param from the offset of its first character in {@link RuleContext#text()}
     * @param to the offset just past it ({@code from} for a point)
     * @param message what is wrong and what to do, in one sentence
     * @param fix edits that mend it without changing its meaning, none when it cannot be mended so
     * @throws IllegalArgumentException from a rule of your own, when the range or an edit is not
     *     within the text, or the edits overlap
     * @throws NullPointerException for a null message or fix
     */
    void report(int from, int to, String message, List<TextEdit> fix);
}
