package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a folder's notes are found: one tree, and everything each option finds in it. */
class NoteFinderTest {
    @TempDir
    Path dir;
    Path notes;

    /**
     * notes/ holds: a.md, B.TXT, c.json, image.png, 2024/d.md, drafts/e.md, target/f.md,
     * out/g.md, inside.md → 2024/d.md, outside.md → ../elsewhere.md, folder.md → 2024/,
     * nowhere.md → missing.md.
     */
    @BeforeEach
    void tree() throws IOException {
        notes = dir.resolve("notes");
        for (String name : List.of("a.md", "B.TXT", "c.json", "image.png", "2024/d.md", "drafts/e.md", "target/f.md",
                "out/g.md")) {
            Files.createDirectories(notes.resolve(name).getParent());
            Files.writeString(notes.resolve(name), "原文：\n");
        }
        Files.writeString(dir.resolve("elsewhere.md"), "secret\n");
        try {
            Files.createSymbolicLink(notes.resolve("inside.md"), Path.of("2024/d.md"));
            Files.createSymbolicLink(notes.resolve("outside.md"), Path.of("../elsewhere.md"));
            Files.createSymbolicLink(notes.resolve("folder.md"), Path.of("2024"));
            Files.createSymbolicLink(notes.resolve("nowhere.md"), Path.of("missing.md"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not supported here");
        }
    }

    @Test
    void byDefaultEveryNotesFileInsideTheFolderIsFoundAndEveryLinkLeftOutIsNamed() throws IOException {
        NoteSearch search = NoteFinder.builder().build().find(notes);
        assertEquals(List.of("2024/d.md", "B.TXT", "a.md", "drafts/e.md", "inside.md", "out/g.md", "target/f.md"),
                relative(search));
        assertEquals(List.of("folder.md LINK_NOT_TO_FILE", "nowhere.md BROKEN_LINK", "outside.md LINK_OUTSIDE"),
                search.unread().stream().map(u -> search.relative(u.path()) + " " + u.reason()).sorted().toList());
        assertEquals(notes.resolve("a.md"), search.notes().get(2), "paths stand below the folder as it was named");
    }

    @Test
    void foldersByNameOneFolderByPathGlobsAndExtensionsNarrowTheSearch() throws IOException {
        NoteFinder finder = NoteFinder.builder()
                .extensions(List.of("md", "json"))
                .skipFolderNames(LintConfig.TOOL_FOLDERS)
                .skipFolder(dir.resolve("notes/./out"))
                .excludes(List.of(PathGlob.compile("drafts/**")))
                .build();
        assertEquals(List.of("2024/d.md", "a.md", "c.json", "inside.md"), relative(finder.find(notes)));
    }

    @Test
    void aFolderNamedThroughALinkIsSearchedAndItsNotesNamedThroughTheLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("notes"));
        Files.createSymbolicLink(notes.resolve("gone.txt"), Path.of("missing.txt"));
        NoteSearch search = NoteFinder.builder()
                .excludes(List.of(PathGlob.compile("*.md"), PathGlob.compile("**/*.md"))).build().find(link);
        assertEquals(List.of(link.resolve("B.TXT")), search.notes());
        assertEquals(List.of(link.resolve("gone.txt") + " is a symbolic link that leads nowhere, so it is not read (no such "
                + "file or directory)"), search.unread().stream().map(u -> u.path() + " " + u.message()).toList());
    }

    @Test
    void aFileOrNothingIsRefused() {
        NoteFinder finder = NoteFinder.builder().build();
        assertThrows(NotDirectoryException.class, () -> finder.find(notes.resolve("a.md")));
        assertThrows(NoSuchFileException.class, () -> finder.find(dir.resolve("missing")));
    }

    @Test
    void filesGitIgnoresAreLeftOutWhenAsked() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("git", "init", "-q", dir.toString()).inheritIO().start().waitFor() == 0,
                "git is installed");
        Files.writeString(dir.resolve(".gitignore"), "drafts/\n*.TXT\n");
        NoteFinder finder = NoteFinder.builder().extensions(List.of("txt", "md")).skipGitIgnored(true).build();
        assertEquals(List.of("2024/d.md", "a.md", "inside.md", "out/g.md", "target/f.md"), relative(finder.find(notes)));
    }

    @Test
    void namesAreMatchedInAnyCase() {
        NoteFinder finder = NoteFinder.builder().build();
        assertEquals(List.of(true, true, false, false),
                List.of(finder.isNotesName("a.MD"), finder.isNotesName("b.txt"), finder.isNotesName("c.json"),
                        finder.isNotesName("md")));
    }

    private static List<String> relative(NoteSearch search) {
        return search.notes().stream().map(search::relative).toList();
    }
}
