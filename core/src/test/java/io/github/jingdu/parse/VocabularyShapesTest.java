package io.github.jingdu.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.VocabularyEntry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary of the shapes of docs/format.md §3.6, one input and its whole vocabulary each
 * (line, shape, headword, examples' English), read again the same from its canonical form. Most
 * are regressions found by review on the corpus's shapes.
 */
class VocabularyShapesTest {
    private final NotesParser parser = NotesParser.create();

    /** Reads a text and describes its vocabulary; checks that the canonical form reads back the same. */
    private List<String> vocabulary(String text) {
        NoteDocument d = parser.parse(text);
        List<String> described = describe(d);
        String canonical = MarkdownWriter.canonical().write(d);
        assertEquals(described.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(),
                describe(parser.parse(canonical)).stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(),
                canonical);
        return described;
    }

    private static List<String> describe(NoteDocument d) {
        return d.vocabulary().stream().map(VocabularyShapesTest::describe).toList();
    }

    private static String describe(VocabularyEntry e) {
        String examples = e.examples().stream().map(Example::english).collect(Collectors.joining(" | "));
        return e.span().line() + " " + e.shape().name().toLowerCase() + " " + e.headword()
                + (e.variants().isEmpty() ? "" : " " + e.variants()) + (examples.isEmpty() ? "" : " {" + examples + "}");
    }

    @Test
    void anIdiomsExamplesAreTheIdiomsEvenWhenAWordIsGlossedBeforeItsMeaning() {
        assertEquals(List.of("1 heading At loggerheads {The two politicians are at loggerheads.}",
                "3 line loggerheads"),
                vocabulary("## 95. At loggerheads\n\nloggerheads：美 [ˈlɔgərhedz] 争吵\n\n“意见不合”。\n\n"
                        + "这个成语最早出现在 16 世纪。\n\n- The two politicians are *at loggerheads*.这两位政客意见不合。\n"));
    }

    @Test
    void anOriginParagraphThatNamesTheIdiomIsNoExample() {
        NoteDocument d = parser.parse("## 5. Acid test\n\n“严峻考验”。\n\n“*Acid test*” 起源于淘金热时期。\n\n"
                + "- The exam was an *acid test*.考试是一次严峻考验。\n");
        assertEquals(List.of("1 heading Acid test {The exam was an acid test.}"), describe(d));
        assertEquals(StudyText.class, ((StudyNotes) d.blocks().get(0)).study().get(1).getClass());
    }

    @Test
    void aNumberedIdiomIsOneEvenWithAWordThatNamesASection() {
        assertEquals(List.of("1 heading Actions Speak Louder Than Words", "5 heading Talk is cheap"),
                vocabulary("## 9. Actions Speak Louder Than Words\n\n“行胜于言”。\n\n## 10. Talk is cheap\n\n“空谈无益”。\n"));
    }

    @Test
    void aHeadingThatIsATermInBoldWithItsMeaningIsAnEntry() {
        assertEquals(List.of("1 heading Elbow", "7 list_item top of the key"),
                vocabulary("### 1. **Elbow（肘区）= 战术枢纽**\n\n> \"He catches it at the **elbow**.\" —— 他在肘区接球。\n\n"
                        + "### 2. **\"Lace up\" 是个动词短语**\n\n- **top of the key** = 弧顶\n"));
        NoteDocument d = parser.parse("### 1. **Elbow（肘区）= 战术枢纽**\n\n> He catches it.\n");
        VocabularyEntry elbow = d.vocabulary().get(0);
        assertEquals(List.of("肘区", "战术枢纽"), elbow.senseTexts());
        assertEquals("He catches it.", elbow.explanation().markdown());
    }

    @Test
    void aHeadInCodeAndAReversedLineKeepTheirShapeInTheCanonicalForm() {
        String text = "原文：\n\nHe gathers and stands.\n\n他收球站定。\n\n学习：\n\n`gather` /ˈɡæðər/ = 收球\n\n"
                + "apple：苹果\n\n立场：position\n";
        assertEquals(List.of("9 line gather", "11 line apple", "13 line position"), vocabulary(text));
        String canonical = MarkdownWriter.canonical().write(parser.parse(text));
        assertEquals(true, canonical.contains("`gather` /ˈɡæðər/ = 收球\n") && canonical.contains("立场：position\n"),
                canonical);
    }

    @Test
    void listItemsThatAreAnswersStatisticsOrNamesWithoutASeparatorAreNotTerms() {
        assertEquals(List.of(), vocabulary("答案：\n\n- Jokić 是能从外线投篮的投射型中锋。\n- MVP级别 = 27+\n"
                + "- His splits are 50/40/90—Hall of Fame numbers.\n"));
    }

    @Test
    void aListOfTermsInterruptsAParagraphFromItsFirstItem() {
        String list = "所以你会听到：\n- **\"He's dominating in the paint.\"** —— 他在禁区统治比赛。\n"
                + "- **\"Points in the paint\"** —— 禁区得分。\n";
        NoteDocument d = parser.parse("## 禁区\n\n" + list);
        assertEquals(List.of("5 list_item Points in the paint"), describe(d));
        assertEquals(3, d.blocks().size());
        assertEquals(List.of(), describe(parser.parse(list)), "at the head of a note, the paragraph keeps its list");
    }

    @Test
    void aVocabularyLineRightUnderATermListIsAnEntryOfItsOwn() {
        assertEquals(List.of("1 list_item rebound", "2 line vested"),
                vocabulary("- **rebound** = 篮板\nvested：既定的\n"));
    }

    @Test
    void aListWithoutTermsInStudyNotesIsTextAsAWhole() {
        String text = "原文：\n\nA b.\n\n甲乙。\n\n学习：\n\n" + "- a\na\n".repeat(16_000);
        NoteDocument d = parser.parse(text);
        assertEquals(List.of(), describe(d));
        assertEquals(text, d.blocks().stream().map(b -> b.raw()).collect(Collectors.joining()));
    }

    @Test
    void aTableCellOfManySpacesIsNoHead() {
        String text = "| 英文 | 中文 |\n|---|---|\n| x" + " ".repeat(100_000) + ") | 甲 |\n| shoot | 投篮 |\n";
        assertEquals(List.of("4 table_row shoot"), describe(parser.parse(text)));
    }
}
