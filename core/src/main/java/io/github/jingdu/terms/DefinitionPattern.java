package io.github.jingdu.terms;

/**
 * How a text defines an abbreviation.
 *
 * @since 0.1.0
 */
public enum DefinitionPattern {
    /** The long form, then the short form in brackets: {@code magnetic resonance imaging (MRI)}. */
    LONG_THEN_SHORT,
    /** The short form, then the long form in brackets: {@code MRI (magnetic resonance imaging)}. */
    SHORT_THEN_LONG,
    /**
     * A Chinese long form, then the short form in brackets: {@code 人工智能(AI)}, or the short form
     * with its English expansion and a Chinese name: {@code JPEG（全称 Joint Photographic Experts
     * Group，联合图像专家组）}.
     */
    CHINESE
}
