package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.align.Lexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the Chinese name of an abbreviation begins when the text also defines it in English and a
 * dictionary is at hand: a leading word that translates a word written before the English long
 * form, and none of the long form, stands before the name. One English sentence, the Chinese
 * one, the short form, and the names found with and without the dictionary.
 */
class ChineseNameByEnglishTest {
    private static final Lexicon LEXICON = Lexicon.builder()
            .add("离开", "to leave; to depart").add("欧洲", "Europe").add("人权", "human rights")
            .add("公约", "convention; pact").add("分发", "to distribute; to hand out").add("儿童", "child")
            .add("性虐待", "sexual abuse").add("沙特", "Saudi; Saudi Arabia").add("公共", "public")
            .add("投资", "investment").add("北京", "Beijing").add("中国", "China").build();
    private final TermExtractor withDictionary = TermExtractor.builder().installedLexicons(false).lexicon(LEXICON).build();
    private final TermExtractor without = TermExtractor.builder().installedLexicons(false).build();

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // A verb before the name translates the English verb before the long form.
        "He was happy to leave the European Convention on Human Rights (ECHR).|他很乐意离开欧洲人权公约(ECHR)。"
                + "|ECHR|欧洲人权公约|离开欧洲人权公约",
        // A derivation of the English word (distribution) is read as the word (distribute).
        "Including the distribution of child sexual-abuse material (CSAM).|包括分发儿童性虐待材料(CSAM)。"
                + "|CSAM|儿童性虐待材料|分发儿童性虐待材料",
        // A country stays, though the English writes it before the long form.
        "Saudi Arabia's Public Investment Fund (PIF) bought it.|沙特公共投资基金(PIF)买下了它。"
                + "|PIF|沙特公共投资基金|沙特公共投资基金",
        // A word the English sentence does not have stays: nothing shows that it stands before the name.
        "A building at the Chinese Academy of Sciences (CAS).|在北京中国科学院(CAS)的一栋楼。"
                + "|CAS|北京中国科学院|北京中国科学院",
    })
    void readsTheNameAgainstTheEnglish(String english, String chinese, String shortForm, String name, String alone) {
        String text = english + "\n\n" + chinese;
        assertEquals(List.of(name), names(withDictionary, text, shortForm));
        assertEquals(List.of(alone), names(without, text, shortForm));
    }

    private static List<String> names(TermExtractor extractor, String text, String shortForm) {
        return extractor.extractPlainText(text).stream()
                .filter(t -> t.pattern() == DefinitionPattern.CHINESE && t.text().equals(shortForm))
                .map(TextTerm::expansion).toList();
    }
}
