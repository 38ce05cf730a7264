package io.github.jingdu.model;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bilingual example sentence: in an explanation, such as
 * {@code 例子：大型语言模型能够处理大量的数据。(Large language models can process reams of data.)}, or
 * written on its own line after a vocabulary entry, such as {@code We stigmatize mistakes. 我们谴责错误。}.
 *
 * @param english the English sentence
 * @param chinese its Chinese translation, empty when none is given
 * @param markdown the line or lines as written, for an example outside an explanation; null inside
 *     one (the explanation's Markdown holds it)
 * @param span where it is written, for an example outside an explanation ({@link SourceSpan#NONE}
 *     when not known); null inside one
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Example(String english, String chinese, @Nullable String markdown, @Nullable SourceSpan span) implements Serializable {

    /**
     * Checks that the sentences are present.
     *
     * @param english the English sentence
     * @param chinese its Chinese translation, empty when none is given
     * @param markdown the line or lines as written, for an example outside an explanation; null inside
     *     one (the explanation's Markdown holds it)
     * @param span where it is written, for an example outside an explanation ({@link SourceSpan#NONE}
     *     when not known); null inside one
     */
    public Example {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        // An example written on its own has a place (unknown, maybe); one in an explanation has none.
        span = markdown == null ? null : span == null ? SourceSpan.NONE : span;
    }

    /**
     * An example inside an explanation.
     *
     * @param english the English sentence
     * @param chinese its Chinese translation
     */
    public Example(String english, String chinese) {
        this(english, chinese, null, null);
    }
}
