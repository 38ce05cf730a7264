/**
 * CC-CEDICT as a {@link io.github.jingdu.align.LexiconProvider}: with this artifact on the class or
 * module path, {@link io.github.jingdu.align.Lexicon#installed()} finds the dictionary.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.lexicon.cedict;

import org.jspecify.annotations.NullMarked;
