package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The linter over the real corpus: findings per rule are printed (default and
 * chinese-copywriting), and fixing every file is stable, keeps line endings and leaves every
 * bracket and quote as balanced as it was.
 */
class LintCorpusTest {

    @Test
    void countsPerRuleAndSafeFixes() throws IOException {
        Path corpus = SharedData.require("corpus", "linting the corpus");
        Linter recommended = Linter.create();
        Linter copywriting = Linter.builder().config(LintConfig.defaults().with(Preset.CHINESE_COPYWRITING, Map.of())).build();
        Map<String, Integer> structure = new TreeMap<>();
        Map<String, Integer> all = new TreeMap<>();
        int fixed = 0;
        int files = 0;
        NotesParser parser = NotesParser.create();
        for (Path file : SharedData.notesFiles(corpus)) {
            files++;
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            recommended.lint(text, file).findings().forEach(f -> structure.merge(f.rule().name(), 1, Integer::sum));
            copywriting.lint(text, file).findings().forEach(f -> all.merge(f.rule().name(), 1, Integer::sum));
            FixResult once = copywriting.fix(text, file);
            fixed += once.applied();
            assertEquals(once.text(), copywriting.fix(once.text(), file).text(), file + ": fixing twice changes more");
            long glued = recommended.lint(text, file).findings().stream()
                    .filter(f -> f.rule().name().equals("marker-spelling") && f.message().contains("glued")).count();
            assertEquals(terminators(text) + 2 * glued, terminators(once.text()), file + ": line breaks");
            assertEquals(text.contains("\r\n"), once.text().contains("\r\n"), file + ": CRLF kept");
            assertEquals(text.replace("\r\n", "").contains("\n"), once.text().replace("\r\n", "").contains("\n"),
                    file + ": no LF added to a CRLF file");
            for (String[] pair : new String[][] {{"(（", ")）"}, {"“", "”"}, {"[", "]"}, {"《", "》"}}) {
                assertEquals(balance(text, pair), balance(once.text(), pair), file + ": brackets " + pair[0]);
            }
            assertEquals(count(text, "\"") % 2, count(once.text(), "\"") % 2, file + ": quotes");
            assertTrue(badlyNestedLines(once.text()) <= badlyNestedLines(text), file + ": quotes nest worse after the fix");
            assertEquals(shape(parser.parse(text)), shape(parser.parse(once.text())), file + ": the model changed");
        }
        System.out.println("lint over " + files + " files, recommended: " + structure);
        System.out.println("lint over " + files + " files, chinese-copywriting: " + all + "; fixes applied: " + fixed);
    }

    /** Lines where a “ opens while one is open, or a ” closes none. */
    private static int badlyNestedLines(String text) {
        int bad = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            int open = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '“' && open++ > 0 || c == '”' && open-- == 0) {
                    bad++;
                    break;
                }
            }
        }
        return bad;
    }

    /** What a fix must not change: how many passages, entries and translation units a text has. */
    private static List<Integer> shape(NoteDocument d) {
        return List.of(d.passages().size(), d.vocabulary().size(), d.only(TranslationUnit.class).size(),
                d.blocks().size());
    }

    private static int terminators(String s) {
        return s.split("\r\n|\r|\n", -1).length;
    }

    private static int balance(String s, String[] pair) {
        return count(s, pair[0]) - count(s, pair[1]);
    }

    private static int count(String s, String chars) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
