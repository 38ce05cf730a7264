package io.github.jingdu.model;

/**
 * How a headword relates to its base form, as a morphology note such as {@code （dial的复数）} says.
 *
 * @since 0.1.0
 */
public enum Inflection {
    /** {@code 复数}: the plural. */
    PLURAL("复数"),
    /** {@code 过去式}: the past tense. */
    PAST("过去式"),
    /** {@code 过去分词}: the past participle. */
    PAST_PARTICIPLE("过去分词"),
    /** {@code 过去式和过去分词}: the past tense and the past participle. */
    PAST_AND_PAST_PARTICIPLE("过去式和过去分词"),
    /** {@code 现在分词}, also written {@code 现在分词形式}: the present participle. */
    PRESENT_PARTICIPLE("现在分词"),
    /** {@code 第三人称单数}: the third person singular. */
    THIRD_PERSON_SINGULAR("第三人称单数"),
    /** {@code 比较级}: the comparative. */
    COMPARATIVE("比较级"),
    /** {@code 最高级}: the superlative. */
    SUPERLATIVE("最高级");

    private final String label;

    Inflection(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese name that notes use for it.
     *
     * @return for example {@code 复数}
     */
    public String label() {
        return label;
    }
}
