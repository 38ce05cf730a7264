package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.parse.NotesParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging vocabulary across documents, and the two orders. */
class GlossaryTest {
    private static final String A = "原文：\n\nX.\n\n学习：\n\nmaterialise：实现；\n\nzeal：热情\n\nApple：苹果\n";
    private static final String B = "原文：\n\nY.\n\n学习：\n\nmaterialize：具体化\n\nbanana：香蕉\n";

    private static Glossary glossary(GlossaryOrder order) {
        return Glossary.builder(order).add("a.md", NotesParser.create().parse(A))
                .add("b.md", NotesParser.create().parse(B)).build();
    }

    @Test
    void entriesAreMergedAcrossSpellingsWithFrequencyFirstOccurrenceAndSources() {
        GlossaryEntry m = glossary(GlossaryOrder.ENGLISH).entries().stream()
                .filter(e -> e.headword().equals("materialise")).findFirst().orElseThrow();
        assertEquals(2, m.frequency());
        assertEquals(List.of("materialize"), m.variants());
        assertEquals(List.of("实现", "具体化"), m.senses().stream().map(s -> s.text()).toList());
        assertEquals("a.md", m.first().source());
        assertEquals(7, m.first().span().line());
        assertEquals(List.of("a.md", "b.md"), m.sources());
    }

    @Test
    void englishOrderIgnoresCase() {
        assertEquals(List.of("Apple", "banana", "materialise", "zeal"),
                glossary(GlossaryOrder.ENGLISH).entries().stream().map(GlossaryEntry::headword).toList());
    }

    @Test
    void pinyinOrderFollowsTheFirstMeaning() {
        // 苹果 píngguǒ, 热情 rèqíng, 实现 shíxiàn, 香蕉 xiāngjiāo
        assertEquals(List.of("Apple", "zeal", "materialise", "banana"),
                glossary(GlossaryOrder.PINYIN).entries().stream().map(GlossaryEntry::headword).toList());
    }
}
