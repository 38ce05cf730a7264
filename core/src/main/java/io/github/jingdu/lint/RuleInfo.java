package io.github.jingdu.lint;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a rule is: its stable id and name, its default level, and whether its findings can be
 * fixed. Each rule has a page {@code docs/rules/NAME.md}.
 *
 * @param id a stable code such as {@code JD001}
 * @param name a kebab-case name such as {@code missing-translation}
 * @param category structure or typography
 * @param defaultLevel its level when no configuration says otherwise
 * @param fixable whether {@code --fix} can mend its findings
 * @param summary one line saying what it finds
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record RuleInfo(String id, String name, RuleCategory category, Level defaultLevel, boolean fixable,
        String summary) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param id a stable code such as {@code JD001}
     * @param name a kebab-case name such as {@code missing-translation}
     * @param category structure or typography
     * @param defaultLevel its level when no configuration says otherwise
     * @param fixable whether {@code --fix} can mend its findings
     * @param summary one line saying what it finds
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        Objects.requireNonNull(summary, "summary");
    }
}
