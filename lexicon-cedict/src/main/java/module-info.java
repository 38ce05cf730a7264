/**
 * CC-CEDICT as a lexicon for Jingdu's aligner: add this module and
 * {@link io.github.jingdu.align.Lexicon#installed()} finds it. The dictionary is CC BY-SA 4.0; see
 * the NOTICE in the jar.
 */
module io.github.jingdu.lexicon.cedict {
    requires io.github.jingdu.core;

    provides io.github.jingdu.align.LexiconProvider with io.github.jingdu.lexicon.cedict.CedictLexicon;
}
