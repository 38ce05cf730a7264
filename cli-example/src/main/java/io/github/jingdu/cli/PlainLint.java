package io.github.jingdu.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jingdu lint INPUT...} with no option, run without picocli. It is the command line an editor,
 * a pre-commit hook or a CI step runs most, one file at a time; reading the lint command's options
 * from their annotations takes picocli about a third of such a run (docs/performance.md,
 * "Start-up"). Any other command line, or an input picocli would read differently (an option, an
 * {@code @file}, {@code -}, an empty or impossible name), goes to picocli as before, which also gives
 * every message about a command line it refuses.
 */
final class PlainLint {
    private PlainLint() {
    }

    /**
     * The inputs of a plain lint command line.
     *
     * @param args the command line
     * @return the inputs, or null when the line is anything else
     */
    static List<Path> inputs(String[] args) {
        if (args.length < 2 || !"lint".equals(args[0])) {
            return null;
        }
        List<Path> inputs = new ArrayList<>(args.length - 1);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            // picocli reads "-…" as options (or standard input), "@…" as a file of arguments.
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return null;
            }
            try {
                inputs.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return inputs;
    }

    /**
     * Lints the inputs with every option at its default, as picocli would run the same line.
     *
     * @param inputs what {@link #inputs} gave
     * @param in standard input
     * @param bytesOut standard output, as bytes
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    static int run(List<Path> inputs, InputStream in, OutputStream bytesOut, PrintWriter out, PrintWriter err) {
        LintCommand lint = LintCommand.ofInputs(inputs);
        lint.standardStreams(in, bytesOut);
        try {
            return lint.run(out, err);
        } catch (RuntimeException e) {
            // As picocli's handler does for the same command (Jingdu's CommandFailure).
            return Jingdu.internalError(e, err);
        }
    }
}
