/**
 * Terms: vocabulary grounded in the sentence it was learnt from
 * ({@link io.github.jingdu.terms.Grounder}), abbreviations and other terms found in the text
 * ({@link io.github.jingdu.terms.TermExtractor}), and a merged
 * {@link io.github.jingdu.terms.Glossary}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.terms;

import org.jspecify.annotations.NullMarked;
