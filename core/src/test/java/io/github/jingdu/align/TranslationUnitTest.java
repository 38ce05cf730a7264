package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The translation-prompt format (直译 / 问题 / 意译) read and aligned. */
class TranslationUnitTest {
    private final NotesParser parser = NotesParser.create();

    @Test
    void seed003PairsItsParagraphsOneToOneAndFlagsTheUnfinishedUnit() throws IOException {
        NoteDocument d = DocumentAligner.create().align(parser.parse(
                Files.readAllBytes(SharedData.projectRoot().resolve("seeds/003_ab445b9359c57aa7.txt"))));
        List<TranslationUnit> units = d.only(TranslationUnit.class);
        assertEquals(2, units.size());
        TranslationUnit first = units.get(0);
        assertEquals(5, first.part(RenditionKind.LITERAL).paragraphs().size(), "three paragraphs and two captions");
        assertEquals(5, first.part(RenditionKind.FREE).paragraphs().size());
        for (int k = 0; k < 5; k++) {
            Bead b = first.renditions().paragraphs().get(k);
            assertEquals(List.of(k), b.source());
            assertEquals(List.of(k), b.target());
        }
        TranslationUnit second = units.get(1);
        assertEquals(List.of("{"), second.part(RenditionKind.LITERAL).paragraphs().stream().map(p -> p.text()).toList());
        assertNull(second.part(RenditionKind.FREE));
        assertNull(second.renditions());
        Diagnostic warning = d.diagnostics().get(0);
        assertEquals("literal-without-free", warning.code());
        assertEquals(24, warning.span().line());
    }

    @Test
    void allFourPartsWithAFencedFreeTranslation() {
        NoteDocument d = DocumentAligner.create().align(parser.parse("""
                ### 英文原文

                The cat sat on the mat. It was happy.

                ### 直译

                猫坐在垫子上。它很高兴。

                ***

                ### 反思

                1. 太直白。

                ***

                ### 意译

                ```
                猫儿安坐垫上，心满意足。
                ```
                """));
        TranslationUnit u = d.only(TranslationUnit.class).get(0);
        assertEquals(List.of(RenditionKind.SOURCE, RenditionKind.LITERAL, RenditionKind.CRITIQUE, RenditionKind.FREE),
                u.parts().stream().map(Rendition::kind).toList());
        assertTrue(u.part(RenditionKind.FREE).fenced());
        assertEquals("猫儿安坐垫上，心满意足。", u.part(RenditionKind.FREE).paragraphs().get(0).text());
        assertEquals("反思", u.part(RenditionKind.CRITIQUE).heading());
        assertNotNull(u.renditions());
        assertEquals(2, u.source().source().size(), "the English source has two sentences");
        AlignerPropertyTest.assertCovers(2, 1, u.source().beads());
        assertEquals(List.of(), d.diagnostics());
    }

    @Test
    void anotherHeadingEndsTheUnitAndARepeatedPartStartsANewOne() {
        NoteDocument d = parser.parse("### 直译\n\n甲。\n\n### 意译\n\n乙。\n\n### 直译\n\n丙。\n\n### 意译\n\n丁。\n\n## 下一章\n\n正文。\n");
        assertEquals(2, d.only(TranslationUnit.class).size());
        assertEquals(1, d.sections().size());
    }
}
