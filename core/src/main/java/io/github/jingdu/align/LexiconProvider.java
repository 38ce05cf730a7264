package io.github.jingdu.align;

/**
 * A dictionary shipped as an artifact of its own, which {@link Lexicon#installed()} finds with
 * {@link java.util.ServiceLoader} on the class path or the module path. A dictionary under a
 * license other than Jingdu's (CC-CEDICT is CC BY-SA 4.0) stays out of {@code jingdu-core} this
 * way: an application chooses it by adding its artifact.
 *
 * <p>Implementations must be thread-safe; {@link #lexicon()} may read the dictionary when first
 * called and return the same lexicon afterwards.
 *
 * @since 0.1.0
 */
public interface LexiconProvider {
    /**
     * Names the dictionary and its edition.
     *
     * @return such as {@code CC-CEDICT 2026-01-04}
     */
    String name();

    /**
     * States the dictionary's license and the attribution it requires, for an application to show.
     *
     * @return the attribution text
     */
    String attribution();

    /**
     * Returns the dictionary's words.
     *
     * @return the lexicon
     */
    Lexicon lexicon();
}
