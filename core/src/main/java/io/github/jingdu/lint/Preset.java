package io.github.jingdu.lint;

import java.util.Locale;

/**
 * A named set of rule levels.
 *
 * @since 0.1.0
 */
public enum Preset {
    /** The defaults: structure rules on, typography rules off. */
    RECOMMENDED,
    /** The defaults, and every typography rule as a warning (the Chinese copywriting guide). */
    CHINESE_COPYWRITING;

    /**
     * Returns the preset's name as written in configuration: {@code chinese-copywriting}.
     *
     * @return the kebab-case name
     */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Finds a preset by its configuration name.
     *
     * @param name such as {@code chinese-copywriting}
     * @return the preset
     * @throws IllegalArgumentException when there is none by that name
     */
    public static Preset of(String name) {
        for (Preset p : values()) {
            if (p.configName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset \"" + name + "\"; expected recommended or chinese-copywriting");
    }
}
