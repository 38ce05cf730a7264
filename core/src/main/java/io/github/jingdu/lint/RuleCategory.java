package io.github.jingdu.lint;

/**
 * What a rule checks.
 *
 * @since 0.1.0
 */
public enum RuleCategory {
    /** The notes format itself: markers, pairs, placeholders, truncation. On by default. */
    STRUCTURE,
    /** Chinese copywriting conventions: spacing, full-width punctuation. Off unless a preset turns them on. */
    TYPOGRAPHY
}
