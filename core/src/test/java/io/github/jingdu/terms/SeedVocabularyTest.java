package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.model.Passage;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every vocabulary entry of seed 000 matches a hand-checked gold, field by field. */
class SeedVocabularyTest {

    @Test
    void everyEntryOfSeed000MatchesTheGold() throws IOException {
        String seed = Files.readString(SharedData.projectRoot().resolve("seeds/000_2a148c15c4b98b6e.txt"));
        String gold;
        try (var in = SeedVocabularyTest.class.getResourceAsStream("/terms/seed-000-vocabulary.gold")) {
            gold = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#"))
                    .collect(Collectors.joining("\n", "", "\n"));
        }
        StringBuilder actual = new StringBuilder();
        for (Passage p : NotesParser.create().parse(seed).passages()) {
            for (VocabularyEntry e : p.vocabulary()) {
                actual.append(describe(e));
            }
        }
        assertEquals(gold, actual.toString());
    }

    private static String describe(VocabularyEntry e) {
        return "line " + e.span().line() + "\n"
                + "  headword: " + e.headword() + "\n"
                + "  variants: " + list(e.variants()) + "\n"
                + "  pronunciations: " + list(e.pronunciations().stream()
                        .map(x -> (x.region().isEmpty() ? "" : x.region() + " ") + "[" + x.ipa() + "]").toList()) + "\n"
                + "  senses: " + list(e.senses().stream()
                        .map(s -> s.domain() == null ? s.text() : "[" + s.domain() + "]" + s.text()).toList()) + "\n"
                + "  note: " + (e.note() == null ? "-" : e.note()) + "\n"
                + "  morphology: " + (e.morphology() == null ? "-" : e.morphology().base() + " "
                        + e.morphology().inflection().name().toLowerCase(Locale.ROOT).replace('_', '-')) + "\n"
                + "  flags: " + list(e.flags()) + "\n"
                + "  examples: " + (e.explanation() == null ? "-" : list(e.explanation().examples().stream()
                        .map(x -> x.english() + " = " + x.chinese()).toList())) + "\n";
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "-" : String.join(" | ", values);
    }
}
