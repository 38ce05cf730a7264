package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.parse.NotesParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lexicons from CC-CEDICT text and from a document's own vocabulary, and what they change. */
class LexiconTest {

    @Test
    void readsCedictLinesInBothScripts() {
        Lexicon l = Lexicon.parseCedict("""
                # CC-CEDICT
                轉盤 转盘 [zhuan4 pan2] /turntable/rotary dial/CL:個|个[ge4]/
                市值 市值 [shi4 zhi2] /market value/
                not a dictionary line
                """);
        assertEquals(Set.of("turntabl", "rotary", "dial"), l.englishStems("转盘"));
        assertEquals(l.englishStems("转盘"), l.englishStems("轉盤"));
        assertEquals(Set.of("market", "valu"), l.englishStems("市值"));
        assertEquals(3, l.size());
        assertEquals(Set.of(), l.englishStems("猫"));
    }

    @Test
    void tellsWhereAWordOfTwoOrMoreCharactersMayBegin() {
        Lexicon lexicon = Lexicon.parseCedict("圖書館 图书馆 [tu2 shu1 guan3] /library/\n")
                .merge(Lexicon.builder().add("书", "book").add("转盘", "dial").build());
        assertEquals(List.of(false, true, true, false, false, true, false),
                List.of(lexicon.beginsWord("去图书馆转盘", 0), lexicon.beginsWord("去图书馆转盘", 1),
                        lexicon.beginsWord("图书", 0), lexicon.beginsWord("书馆", 0), lexicon.beginsWord("书", 0),
                        lexicon.beginsWord("去图书馆转盘", 4), lexicon.beginsWord("去图书馆转盘", 5)));
        assertEquals(3, lexicon.longestWord());
    }

    @Test
    void tellsWhetherAWordTranslatesSomeWordOfAnEnglishText() {
        Lexicon lexicon = Lexicon.builder().add("分发", "to distribute").add("性虐待", "sexual abuse")
                .add("野生", "wild").add("的", "of; possessive").build();
        assertTrue(lexicon.translatesSomeWordOf("分发", "the distribution of"), "a derivation of the stem");
        assertTrue(lexicon.translatesSomeWordOf("性虐待", "child sexual-abuse material"), "a part of a hyphenated word");
        assertTrue(lexicon.translatesSomeWordOf("野生", "Fish and Wildlife Service"), "a compound");
        assertFalse(lexicon.translatesSomeWordOf("分发", "child sexual-abuse material"));
        assertFalse(lexicon.translatesSomeWordOf("的", "of"), "stop words count for nothing");
        assertFalse(lexicon.translatesSomeWordOf("儿童", "child"), "not in the lexicon");
    }

    @Test
    void aDocumentsVocabularyBecomesALexicon() {
        Lexicon l = DocumentAligner.vocabularyLexicon(NotesParser.create().parse(
                "原文：\n\nIt has dials.\n\n它有转盘。\n\n学习：\n\ndials：美 [ˈdaɪəlz] 拨号盘；转盘；（dial的复数）\n"));
        assertEquals(Set.of("dial"), l.englishStems("转盘"));
        assertEquals(Set.of("dial"), l.englishStems("拨号盘"));
    }

    @Test
    void lexicalEvidenceRaisesTheScoreOfBeadsItSupports() {
        List<String> zh = List.of("他买了一只猫。", "他买了一条狗。");
        List<String> en = List.of("He bought a cat.", "He bought a dog.");
        Lexicon l = Lexicon.builder().add("一只猫", "cat").add("一条狗", "dog").build();
        Alignment without = Aligner.create().align(zh, en, LanguagePair.ZH_EN);
        Alignment with = Aligner.builder().lexicon(l).build().align(zh, en, LanguagePair.ZH_EN);
        assertEquals("[0]:[0]\n[1]:[1]\n", with.toGoldFormat());
        assertTrue(with.beads().get(0).score() > without.beads().get(0).score(),
                with.beads().get(0).score() + " should exceed " + without.beads().get(0).score());
    }

    @Test
    void theCompactFormReadsBackTheSameLexiconAndIsDeterministic() throws IOException {
        Lexicon lexicon = Lexicon.parseCedict("圖書館 图书馆 [tu2 shu1 guan3] /library (building)/\n"
                + "轉盤 转盘 [zhuan4 pan2] /turntable/dial/\n").merge(Lexicon.builder().add("书", "book").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lexicon.write(out);
        Lexicon back = Lexicon.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(lexicon.size(), back.size());
        for (String word : List.of("图书馆", "圖書館", "转盘", "书", "猫")) {
            assertEquals(lexicon.englishStems(word), back.englishStems(word), word);
        }
        assertTrue(back.translates("dial"));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(again);
        assertArrayEquals(out.toByteArray(), again.toByteArray());
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() - 3);
        assertThrows(IOException.class, () -> Lexicon.read(new ByteArrayInputStream(cut)));
        assertThrows(IOException.class, () -> Lexicon.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})));
    }
}
