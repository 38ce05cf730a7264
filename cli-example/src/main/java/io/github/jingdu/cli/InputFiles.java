package io.github.jingdu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files named on the command line, with directories expanded into their notes files. */
final class InputFiles {

    /**
     * One file to convert.
     *
     * @param file the file
     * @param root the directory argument it was found under, or null for a file argument
     */
    record Input(Path file, Path root) {
        /** The path below its directory argument, or the file name for a file argument. */
        Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }
    }

    private InputFiles() {
    }

    /**
     * Expands the arguments. Directories are searched recursively for {@code *.md} and
     * {@code *.txt} files (and {@code *.json} when {@code json} is true), in path order.
     *
     * @throws IOException if an argument does not exist or cannot be read
     */
    static List<Input> expand(List<Path> arguments, boolean json) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(p -> wanted(p, json)).sorted()
                            .forEach(p -> inputs.add(new Input(p, argument)));
                }
            } else if (Files.isRegularFile(argument)) {
                inputs.add(new Input(argument, null));
            } else {
                throw new java.nio.file.NoSuchFileException(argument.toString(), null,
                        "no such file or directory");
            }
        }
        return inputs;
    }

    private static boolean wanted(Path file, boolean json) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".txt") || json && name.endsWith(".json");
    }
}
