package io.github.jingdu.testing;

import io.github.jingdu.align.GoldFormat;
import io.github.jingdu.model.Bead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the MAC-Dev alignment gold in ../shared/align/mac-dev. */
public final class MacDev {
    /** The chapters, by file name. */
    public static final List<String> CHAPTERS = List.of("001", "002", "003", "004", "005", "006");

    private MacDev() {
    }

    public static List<String> chinese(Path root, String id) throws IOException {
        return Files.readAllLines(root.resolve("zh/" + id));
    }

    public static List<String> english(Path root, String id) throws IOException {
        return Files.readAllLines(root.resolve("en/" + id));
    }

    public static List<Bead> gold(Path root, String id) throws IOException {
        return GoldFormat.parse(Files.readString(root.resolve("gold/" + id + ".align")));
    }
}
