package io.github.jingdu.terms.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link WordForms#prefix} is what grounding skips words by, so it must hold for every key: a
 * word with a prefix has only keys that begin with it.
 */
class WordFormsPrefixTest {
    /** Beginnings, among them respelled endings and the start of irregular forms. */
    private static final List<String> STEMS = List.of("col", "rec", "ana", "cent", "trav", "dia", "ta", "t", "w",
            "is", "ys", "o", "og", "plan", "stud", "went", "took", "bro", "fl", "le", "x", "cat", "dial", "ate");
    /** Endings: British ones, inflections, possessives, nothing. */
    private static final List<String> ENDINGS = List.of("our", "ours", "oured", "ise", "ised", "ising", "isation",
            "yse", "ysed", "tre", "tres", "lled", "lling", "ller", "ogue", "ogues", "s", "es", "ies", "ied", "ed",
            "ing", "er", "est", "'s", "’s", "ned", "", "e", "ught", "d");

    private static void assertKeysBeginWithPrefix(String word) {
        String prefix = WordForms.prefix(word);
        if (prefix == null) {
            return;
        }
        for (String key : WordForms.keys(word)) {
            assertTrue(key.length() >= 2 && key.startsWith(prefix), word + " has prefix " + prefix + " but key " + key);
        }
    }

    @Test
    void examples() {
        assertEquals("co", WordForms.prefix("Colours"));
        assertNull(WordForms.prefix("took"), "took → take");
        assertNull(WordForms.prefix("ate"), "short, and ate → eat");
        assertNull(WordForms.prefix("ysed"), "ys → yz");
        assertNull(WordForms.prefix("isation"));
    }

    @Test
    void everyKeyBeginsWithThePrefix() {
        qt().withExamples(20_000)
                .forAll(integers().between(0, STEMS.size() - 1), integers().between(0, ENDINGS.size() - 1),
                        integers().between(0, ENDINGS.size() - 1), booleans().all())
                .checkAssert((stem, first, second, upper) -> {
                    String word = STEMS.get(stem) + ENDINGS.get(first) + ENDINGS.get(second);
                    assertKeysBeginWithPrefix(upper ? word.toUpperCase(Locale.ROOT) : word);
                });
    }

    @Test
    void everyIrregularFormHasNoPrefix() {
        for (String form : List.of("am", "is", "was", "were", "been", "went", "gone", "took", "came", "brought",
                "ate", "eaten", "swore", "fled", "led", "ground", "wound")) {
            assertKeysBeginWithPrefix(form);
        }
    }

    @Test
    void everyWordOfTheCorpus() throws IOException {
        Path corpus = SharedData.require("corpus", "word prefixes over the corpus");
        Map<String, HeadMatcher.Forms> seen = new HashMap<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            HeadMatcher.words(Files.readString(file, StandardCharsets.UTF_8), seen);
        }
        assertTrue(seen.size() > 10_000, "the corpus has many words: " + seen.size());
        seen.keySet().forEach(WordFormsPrefixTest::assertKeysBeginWithPrefix);
    }
}
