package io.github.jingdu.model;

import java.util.Objects;

/**
 * A bilingual example sentence from an explanation, such as
 * {@code 例子：大型语言模型能够处理大量的数据。(Large language models can process reams of data.)}.
 *
 * @param english the English sentence
 * @param chinese its Chinese translation
 */
public record Example(String english, String chinese) {

    /** Checks that no component is null. */
    public Example {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }
}
