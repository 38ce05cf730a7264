package io.github.jingdu.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.Fragments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whatever the notes hold, the site is made without an exception and every page is well nested
 * HTML: each element that is opened is closed, in order, and nothing XML-only is left.
 */
class HtmlSitePropertyTest {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*(/?)>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private final NotesParser parser = NotesParser.create();
    private final DocumentAligner aligner = DocumentAligner.create();
    private final HtmlSiteWriter writer = HtmlSiteWriter.builder().build();

    @Test
    void notesMadeOfFormatFragmentsGiveWellNestedPages() {
        qt().withExamples(300).forAll(Fragments.notesLike()).checkAssert(this::assertWellNested);
    }

    @Test
    void linesOfFormatFragmentsGiveWellNestedPages() {
        qt().withExamples(300).forAll(Fragments.notesLikeLines()).checkAssert(this::assertWellNested);
    }

    private void assertWellNested(String notes) {
        HtmlSite site = writer.write(List.of(new HtmlSource(aligner.align(parser.parse(notes)), "a/b.md", null, null)));
        assertTrue(site.files().containsKey("notes/a-b.html"), () -> site.files().keySet().toString());
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            String page = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(page.contains(" xml:lang=\"") || page.contains(" epub:type=\""), () -> file.getKey() + "\n" + page);
            Deque<String> open = new ArrayDeque<>();
            Matcher m = TAG.matcher(page);
            while (m.find()) {
                String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (VOID.contains(name) || !m.group(4).isEmpty()) {
                    continue;
                }
                if (m.group(1).isEmpty()) {
                    open.push(name);
                } else {
                    String expected = open.isEmpty() ? "nothing" : open.pop();
                    assertEquals(expected, name, () -> file.getKey() + " closes " + name + " at " + m.start() + "\n" + page);
                }
            }
            assertTrue(open.isEmpty(), () -> file.getKey() + " leaves open " + open + "\n" + page);
        }
    }
}
