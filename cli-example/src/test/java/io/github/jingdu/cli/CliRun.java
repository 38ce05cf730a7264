package io.github.jingdu.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and captures what it printed. */
final class CliRun {
    /**
     * What one run returned and printed.
     *
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int status, String out, String err) {
    }

    private CliRun() {
    }

    /**
     * @param args the command line
     * @return the exit status, standard output and standard error
     */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Jingdu.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * An output as a test states it: the test's folder, which differs on every run, written DIR.
     *
     * @param output standard output or standard error
     * @param dir the test's temporary folder
     * @return the output with {@code dir} replaced
     */
    static String shown(String output, Path dir) {
        return output.replace(dir.toString(), "DIR");
    }

    /**
     * @param stdin what standard input holds
     * @param args the command line
     * @return the exit status, standard output (its bytes, one char each, as ISO-8859-1 reads
     *     them) and standard error
     */
    static Run runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        int status = Jingdu.run(args, new ByteArrayInputStream(stdin), bytes, out, new PrintWriter(err));
        out.flush();
        return new Run(status, bytes.toString(StandardCharsets.ISO_8859_1), err.toString());
    }
}
