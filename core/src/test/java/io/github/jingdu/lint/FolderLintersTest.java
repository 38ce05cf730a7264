package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tree of notes: the root's .jingdu.json turns the copywriting preset on and ignores drafts; a
 * folder below turns one of its rules off. Each file gets its nearest configuration.
 */
class FolderLintersTest {

    /** A line with full-width digits and no space between Chinese and Latin letters. */
    private static final String TEXT = "２０２４年在ChatGPT上\n";

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        Files.writeString(root.resolve(".jingdu.json"),
                "{ \"preset\": \"chinese-copywriting\", \"ignore\": [ \"drafts/**\" ] }");
        Files.createDirectories(root.resolve("quiet"));
        Files.writeString(root.resolve("quiet/.jingdu.json"),
                "{ \"preset\": \"chinese-copywriting\", \"rules\": { \"space-between-cjk-latin\": \"off\" } }");
    }

    @Test
    void eachFileGetsItsNearestConfiguration() throws LintConfigException {
        FolderLinters linters = FolderLinters.builder().build();
        assertEquals(List.of("fullwidth-digits", "space-between-cjk-latin", "space-between-cjk-latin"),
                rules(linters.linterFor(root.resolve("a.md")).orElseThrow()));
        assertEquals(List.of("fullwidth-digits"), rules(linters.linterFor(root.resolve("quiet/b.md")).orElseThrow()));
        assertTrue(linters.linterFor(root.resolve("drafts/c.md")).isEmpty(), "drafts/** is ignored");
        assertEquals(List.of("fullwidth-digits"), rules(linters.linterForFolder(root.resolve("quiet"))));
        assertEquals(3, rules(linters.linterForFolder(root.resolve("drafts"))).size(), "a folder ignores nothing");
    }

    @Test
    void oneFolderHasOneLinter() throws LintConfigException {
        FolderLinters linters = FolderLinters.builder().build();
        assertSame(linters.linterFor(root.resolve("a.md")).orElseThrow(),
                linters.linterFor(root.resolve("other.md")).orElseThrow());
    }

    @Test
    void presetLevelsAndOneConfigurationLayOverTheFolders() throws LintConfigException {
        FolderLinters levels = FolderLinters.builder().levels(Map.of("fullwidth-digits", Level.OFF)).build();
        assertEquals(List.of("space-between-cjk-latin", "space-between-cjk-latin"),
                rules(levels.linterFor(root.resolve("a.md")).orElseThrow()));
        FolderLinters recommended = FolderLinters.builder().preset(Preset.RECOMMENDED).build();
        assertEquals(List.of(), rules(recommended.linterFor(root.resolve("a.md")).orElseThrow()));
        FolderLinters one = FolderLinters.builder().config(LintConfig.defaults()).build();
        assertEquals(List.of(), rules(one.linterFor(root.resolve("quiet/b.md")).orElseThrow()));
        assertTrue(one.linterFor(root.resolve("drafts/c.md")).isPresent(), "the defaults ignore nothing");
    }

    @Test
    void aConfigurationThatCannotBeReadIsAnError() throws IOException {
        Files.writeString(root.resolve("quiet/.jingdu.json"), "{ \"rules\": ");
        FolderLinters linters = FolderLinters.builder().build();
        LintConfigException e = assertThrows(LintConfigException.class, () -> linters.linterFor(root.resolve("quiet/b.md")));
        assertTrue(e.getMessage().startsWith(root.resolve("quiet/.jingdu.json").toString()), e.getMessage());
    }

    private static List<String> rules(Linter linter) {
        return linter.lint(TEXT, null).findings().stream().map(f -> f.rule().name()).toList();
    }
}
