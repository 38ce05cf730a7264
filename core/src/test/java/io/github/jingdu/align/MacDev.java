package io.github.jingdu.align;

import io.github.jingdu.model.Bead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the MAC-Dev alignment gold in ../shared/align/mac-dev. */
final class MacDev {
    static final List<String> CHAPTERS = List.of("001", "002", "003", "004", "005", "006");

    private MacDev() {
    }

    static List<String> chinese(Path root, String id) throws IOException {
        return Files.readAllLines(root.resolve("zh/" + id));
    }

    static List<String> english(Path root, String id) throws IOException {
        return Files.readAllLines(root.resolve("en/" + id));
    }

    static List<Bead> gold(Path root, String id) throws IOException {
        return GoldFormat.parse(Files.readString(root.resolve("gold/" + id + ".align")));
    }
}
