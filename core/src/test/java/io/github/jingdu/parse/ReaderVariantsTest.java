package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.StudyText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The variants listed in the corpus notes (FORMAT-NOTES) are each read as their author meant. */
class ReaderVariantsTest {
    private final NotesParser parser = NotesParser.create();

    @ParameterizedTest
    @ValueSource(strings = {"原文：", "原文:", "原文", " 原文：", "原文 ：", "原文；", "\u200B原文："})
    void everyMarkerSpellingStartsAPassage(String marker) {
        NoteDocument d = parser.parse(marker + "\n\nHello there.\n\n你好。\n");
        assertEquals(1, d.passages().size());
        assertEquals("Hello there.", d.passages().get(0).source().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"学习：", "学习:", "学习", "学习；", "学习 ："})
    void everyStudyMarkerSpellingStartsTheNotes(String marker) {
        Passage p = only("原文：\n\nHello.\n\n你好。\n\n" + marker + "\nhello：你好\n");
        assertEquals("hello", p.vocabulary().get(0).headword());
        assertEquals(marker.strip(), p.studyMarker().text());
    }

    @Test
    void aStudyMarkerGluedToTheTranslationIsFound() {
        Passage p = only("原文：\n\nToday was the first day.\n\n今天是第一天，它等待着我在地下展开。学习：\n\nshimmer：美 [ˈʃɪmər] 闪烁；\n");
        assertEquals("今天是第一天，它等待着我在地下展开。", p.translation().get(0).text());
        assertEquals("学习：", p.studyMarker().text());
        assertEquals(List.of("闪烁"), p.vocabulary().get(0).senseTexts());
    }

    @Test
    void escapesAndDropCapsAreResolvedInText() {
        Passage p = only("原文：\n\n**M**ASAYOSHI SON spent \\$4bn on DALL\\-E. ■\n");
        assertEquals("MASAYOSHI SON spent $4bn on DALL-E. ■", p.source().get(0).text());
        assertEquals("**M**ASAYOSHI SON spent \\$4bn on DALL\\-E. ■", p.source().get(0).markdown());
    }

    @Test
    void italicsBrokenAcrossWrappedLinesAreJoinedFirst() {
        Passage p = only("原文：\n\nHe read *The Wealth\n\nof Nations* twice.\n");
        assertEquals("He read The Wealth of Nations twice.", p.source().get(0).text());
    }

    @Test
    void severalTranslationParagraphsAreKeptApart() {
        Passage p = only("原文：\n\nOne. Two. Three.\n\n第一。\n\n第二。\n\n\n\n第三。\n");
        assertEquals(3, p.translation().size());
    }

    @Test
    void vocabularyWithoutAMarkerFollowsTheTranslation() {
        Passage p = only("原文：\n\nThey rig prices.\n\n他们操纵价格。\n\nrig：操纵；垄断；\n");
        assertNull(p.studyMarker());
        assertEquals(List.of("操纵", "垄断"), p.vocabulary().get(0).senseTexts());
    }

    @Test
    void vocabularyLineShapes() {
        Passage p = only("原文：\n\nX.\n\n学习：\n\nmaterialize: 具体化\nabhorrent;美 [æbˈhɔrənt] 可憎的；\n"
                + "Vega：[天文]织女星\ntype in：英 [taɪp] /ɪn/ 键入\n");
        assertEquals(List.of("具体化"), p.vocabulary().get(0).senseTexts());
        assertEquals("abhorrent", p.vocabulary().get(1).headword());
        assertEquals(List.of(new Sense("织女星", "天文")), p.vocabulary().get(2).senses());
        assertEquals(2, p.vocabulary().get(3).pronunciations().size());
    }

    @Test
    void aSentenceInTheNotesIsTextNotAnEntry() {
        Passage p = only("原文：\n\nX.\n\n学习：\n\nIndermit Gill is chief economist of the World Bank Group.\n");
        assertEquals(0, p.vocabulary().size());
        assertEquals(StudyText.class, p.study().get(0).getClass());
    }

    @Test
    void aPostscriptInTheMiddleEndsThePassageBeforeIt() {
        NoteDocument d = parser.parse("原文：\n\nA.\n\n后记：2024年12月1日18点36分于上海。\n\n"
                + "2024年12月7日22点25分继续阅读。\n\n原文\n\nB.\n");
        assertEquals(2, d.passages().size());
        Postscript ps = d.only(Postscript.class).get(0);
        assertEquals(2, ps.paragraphs().size());
        assertEquals(new Dateline(LocalDate.of(2024, 12, 1), LocalTime.of(18, 36), null, "上海"), ps.dateline());
    }

    @Test
    void postscriptDatelineVariants() {
        assertEquals(new Dateline(LocalDate.of(2024, 11, 16), LocalTime.of(20, 23), null, "上海"),
                dateline("**后记：2024年11月16日周六20点23分于上海。**"));
        assertEquals(new Dateline(LocalDate.of(2024, 6, 29), null, null, null), dateline("# 后记\n\n2024年6月29日。"));
        assertNull(dateline("### 后记\n\n今天读完了。"));
        assertNull(dateline("## 后记\n\n2024年2月30日于上海。"), "an impossible date does not parse");
    }

    @Test
    void notesWithoutMarkersAreKeptAsMarkdown() {
        NoteDocument d = parser.parse("本文是对《经济学人》的英文学习。\n\n**Narendra Modi** looks likely to serve.\n\n"
                + "纳伦德拉·莫迪看起来可能会第三次担任印度总理。\n");
        assertEquals(0, d.passages().size());
        assertEquals(3, d.blocks().size());
    }

    private Passage only(String text) {
        List<Passage> passages = parser.parse(text).passages();
        assertEquals(1, passages.size());
        return passages.get(0);
    }

    private Dateline dateline(String text) {
        return parser.parse(text).only(Postscript.class).get(0).dateline();
    }
}
