package io.github.jingdu.align;

/**
 * The languages of the two sides of an alignment.
 *
 * @since 0.1.0
 */
public enum LanguagePair {
    /** Chinese source, English target. */
    ZH_EN(Language.CHINESE, Language.ENGLISH),
    /** English source, Chinese target. */
    EN_ZH(Language.ENGLISH, Language.CHINESE),
    /** Chinese on both sides: a literal and a free translation. */
    ZH_ZH(Language.CHINESE, Language.CHINESE);

    private final Language source;
    private final Language target;

    LanguagePair(Language source, Language target) {
        this.source = source;
        this.target = target;
    }

    /** @return the language of the source side */
    public Language source() {
        return source;
    }

    /** @return the language of the target side */
    public Language target() {
        return target;
    }
}
