package io.github.jingdu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceConfigurationError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jingdu} command: a thin layer over the Jingdu library.
 *
 * <pre>
 * jingdu parse notes.md
 * jingdu convert notes/ --to json -o out/
 * </pre>
 */
@Command(name = "jingdu",
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Read, convert and check bilingual English/Chinese study notes (原文 / 学习 / 后记).",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  success",
            "  1  a problem in the content (a file that is not UTF-8, JSON of the wrong shape)",
            "  2  a usage or I/O error (a missing file, an output that would overwrite an input)",
            "",
            "Documentation: docs/cli.md and docs/format.md in the Jingdu repository."})
public final class Jingdu {
    /** Exit status for success. */
    static final int OK = 0;
    /** Exit status for a problem in the content. */
    static final int CONTENT = 1;
    /** Exit status for a usage or I/O error. */
    static final int USAGE = 2;

    /**
     * The commands, in the order help lists them. Only the one a command line names is built:
     * picocli reads each command's options by reflection, a quarter of a second for all of them.
     */
    private static final List<String> COMMANDS = List.of("parse", "convert", "align", "terms", "lint", "lsp", "help");

    private Jingdu() {
    }

    /**
     * Makes a command. A switch rather than a table of constructor references: the first method
     * reference costs the JVM tens of milliseconds of set-up, which the warm-up thread pays instead
     * while this one reads the command line.
     */
    private static Object command(String name) {
        return switch (name) {
            case "parse" -> new ParseCommand();
            case "convert" -> new ConvertCommand();
            case "align" -> new AlignCommand();
            case "terms" -> new TermsCommand();
            case "lint" -> new LintCommand();
            case "lsp" -> new LspCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The warm-up loads classes while picocli reads the command line; a plain lint has no
        // picocli to overlap with, and there it only competed for the cores (docs/performance.md).
        List<Path> plainLint = PlainLint.inputs(args);
        if (plainLint == null) {
            WarmUp.startFor(args);
        }
        // The file descriptors themselves: System.out is a PrintStream that swallows write errors,
        // so a full disk or /dev/full behind standard output would pass unseen.
        System.exit(run(args, plainLint, System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true)));
    }

    /**
     * Runs the command line with the given output streams, without exiting.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, new FileOutputStream(FileDescriptor.out), out, err);
    }

    /**
     * Runs the command line with the given streams, without exiting.
     *
     * @param args the arguments
     * @param in standard input, for {@code jingdu lint -}
     * @param bytesOut standard output as bytes, for {@code jingdu lint - --fix} to pass input that
     *     is not UTF-8 through unchanged; {@code out} writes to the same place
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    static int run(String[] args, InputStream in, OutputStream bytesOut, PrintWriter out, PrintWriter err) {
        return run(args, PlainLint.inputs(args), in, bytesOut, out, err);
    }

    /** As above, with {@code plainLint} the files of a plain lint ({@link PlainLint#inputs}) or null. */
    private static int run(String[] args, List<Path> plainLint, InputStream in, OutputStream bytesOut,
            PrintWriter out, PrintWriter err) {
        int status;
        try {
            status = plainLint == null ? withPicocli(args, in, bytesOut, out, err)
                    : PlainLint.run(plainLint, in, bytesOut, out, err);
        } catch (ServiceConfigurationError e) {
            // A jar beside jingdu's offers a lint rule that cannot be used: the user's to mend.
            err.println("jingdu: " + e.getMessage() + "; mend or remove the jar that holds it");
            status = USAGE;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above; an error would end the JVM with
            // a stack trace and the status of a content problem.
            err.println("jingdu: internal error: " + e + " (please report it with the input that caused it;"
                    + " JAVA_OPTS=-Xmx… or -Xss… may get past it)");
            status = USAGE;
        }
        if (out.checkError()) {
            err.println("jingdu: cannot write to standard output (a full disk, a closed pipe or a device that"
                    + " refuses writes); what was written is incomplete");
            status = USAGE;
        }
        err.flush();
        return status;
    }

    /**
     * Reports an exception a command let escape: a defect of jingdu's.
     *
     * @return the exit status
     */
    static int internalError(Exception e, PrintWriter err) {
        err.println("jingdu: internal error: " + e + " (please report it with the input that caused it)");
        return USAGE;
    }

    /**
     * Runs a command line through picocli: every command line but a plain lint ({@link PlainLint}).
     * The tests run plain lint command lines this way too, to compare.
     *
     * @return the exit status
     */
    static int withPicocli(String[] args, InputStream in, OutputStream bytesOut, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Jingdu());
        boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !"help".equals(args[0]);
        for (String name : COMMANDS) {
            if (!one || name.equals(args[0])) {
                cmd.addSubcommand(name, command(name));
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommand() instanceof LintCommand lint) {
                lint.standardStreams(in, bytesOut);
            } else if (sub.getCommand() instanceof LspCommand lsp) {
                lsp.standardStreams(in, bytesOut);
            }
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new CommandFailure());
        cmd.setParameterExceptionHandler(new UsageError());
        return cmd.execute(args);
    }

    /*
     * The two handlers are classes, not lambdas: a lambda of a picocli interface makes the class-data
     * archive leave that interface out (picocli is compiled for Java 5), and loading it from its
     * jar then costs a one-file lint more than the rest of picocli.
     */

    /** An exception from a command: a defect of jingdu's. */
    private static final class CommandFailure implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return internalError(e, commandLine.getErr());
        }
    }

    /** A command line picocli refuses. */
    private static final class UsageError implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            // Named as each command names its own refusals: "jingdu lint: ..." ("jingdu: ..." before a command).
            CommandLine c = e.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        }
    }
}
