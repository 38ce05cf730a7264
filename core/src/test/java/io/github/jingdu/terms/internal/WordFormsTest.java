package io.github.jingdu.terms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** British spellings meet American ones, and inflected words meet their stems. */
class WordFormsTest {
    @ParameterizedTest
    @CsvSource({
        "materialise, materialize",
        "organisations, organizations",
        "criticised, criticized",
        "analysing, analyzing",
        "colours, colors",
        "favourite, favorite",
        "centre, center",
        "travelled, traveled",
        "catalogues, catalogs",
        "rise, rise",
        "hour, hour",
        "spectres, specters",
        "tell, tell",
        "tree, tree",
        "economist, economist"})
    void respellsBritishEndings(String british, String american) {
        assertEquals(american, WordForms.american(british));
    }

    @ParameterizedTest
    @CsvSource({
        "studies, study",
        "planned, plan",
        "dials, dial",
        "raised, raise",
        "Materialising, materialize",
        "went, go",
        "firm’s, firm"})
    void inflectedWordsShareAKeyWithTheirStem(String word, String stem) {
        assertTrue(WordForms.keys(word).contains(stem), () -> WordForms.keys(word).toString());
    }
}
