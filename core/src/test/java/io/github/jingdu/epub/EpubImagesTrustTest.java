package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.parse.NotesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image is read only from inside the input's root, by real path: a symbolic link to an image,
 * or to a folder of images, that leads outside is refused with a warning naming it (issue 15).
 */
class EpubImagesTrustTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @TempDir
    Path dir;

    @Test
    void symbolicLinksLeadingOutsideTheRootAreNotRead() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.write(outside.resolve("secret.png"), PNG);
        Path root = Files.createDirectory(dir.resolve("notes"));
        Files.write(root.resolve("inside.png"), PNG);
        Files.createSymbolicLink(root.resolve("linked.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(root.resolve("images"), outside);
        Files.createSymbolicLink(root.resolve("same.png"), root.resolve("inside.png"));
        String text = "![a](inside.png)\n\n![b](linked.png)\n\n![c](images/secret.png)\n\n![d](same.png)\n";
        List<SourceDiagnostic> refused = EpubWriter.builder().build().write(List.of(new EpubSource(
                NotesParser.create().parse(text), "notes.md", root, root)), new ByteArrayOutputStream());
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.get(0).format().startsWith("notes.md:3:1: warning: image linked.png is a symbolic link"),
                refused.toString());
        assertTrue(refused.get(1).format().startsWith("notes.md:5:1: warning: image images/secret.png is a symbolic link"),
                refused.toString());
    }

    @Test
    void anImageThatIsNotARegularFileIsNamedAsSuch() throws IOException {
        Path root = Files.createDirectory(dir.resolve("notes"));
        Files.createDirectory(root.resolve("folder.png"));
        List<SourceDiagnostic> refused = EpubWriter.builder().build().write(List.of(new EpubSource(
                NotesParser.create().parse("![a](folder.png)\n"), "notes.md", root, root)), new ByteArrayOutputStream());
        assertEquals("notes.md", refused.get(0).source());
        assertTrue(refused.get(0).diagnostic().message().contains("is not a regular file"), refused.toString());
    }
}
