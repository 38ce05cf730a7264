package io.github.jingdu.beam;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The jingdu command, run as a process from the tests' class path, and the shared corpus. */
final class CommandLine {
    private CommandLine() {
    }

    /**
     * Runs {@code jingdu ARGS}, its standard output to a file.
     *
     * @return the exit status
     */
    static int jingdu(Path stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.github.jingdu.cli.Jingdu");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    /**
     * The shared corpus, by an absolute path through ../shared (a link in CI), not resolved: the
     * notes' names in the outputs are the input as given; empty when ../shared is not beside the
     * project.
     */
    static Optional<Path> corpus() {
        String root = System.getProperty("jingdu.root");
        Path corpus = Path.of(root == null ? ".." : root).resolve("../shared/corpus").toAbsolutePath().normalize();
        return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
    }

    /** Every file below a folder, by its path below it with {@code /} between names, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }
}
