package io.github.jingdu.cli;

import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.FixResult;
import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.LintBaseline;
import io.github.jingdu.lint.LintConfigException;
import io.github.jingdu.lint.FolderLinters;
import io.github.jingdu.lint.GitFiles;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.lint.Preset;
import io.github.jingdu.lint.ReportFormat;
import io.github.jingdu.model.Severity;
import java.io.IOException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jingdu lint INPUT...}: check notes against the rule catalog, for people and for CI. */
@Command(name = "lint",
        description = {
            "Check notes files against Jingdu's rules (docs/rules/): structure rules are on by default,"
                + " typography rules with --preset chinese-copywriting or a .jingdu.json file.",
            "",
            "Configuration is read from the nearest .jingdu.json in the input's directory or above"
                + " (docs/rules/README.md), unless --config names one. Findings can be silenced in the text with"
                + " <!-- jingdu-disable RULE --> … <!-- jingdu-enable --> or <!-- jingdu-disable-next-line RULE -->.",
            "",
            "To adopt the linter in a repository that has findings already, write them once with --write-baseline"
                + " FILE and lint with --baseline FILE afterwards: only new findings count (a finding is known by its"
                + " file, rule and message, so it stays known while lines move). Folders named .git, .jingdu,"
                + " node_modules and target are not searched, nor files that .gitignore ignores (when git is"
                + " installed); --exclude leaves out more, and --changed-since COMMIT keeps only what changed.",
            "",
            "Editors and formatters can pipe a file through: jingdu lint - --stdin-filename notes.md reads standard"
                + " input; with --fix it writes the fixed text to standard output and the report to standard error.",
            "",
            "Exit status: 0 when no error was found (and warnings are within --max-warnings), 1 when an error"
                + " was found or there are more warnings than --max-warnings, 2 for a usage error, a missing file or"
                + " a bad configuration.",
            ""},
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        sortOptions = false)
final class LintCommand implements Callable<Integer> {

    /** Report formats, as the command line spells them. */
    enum Format { text, json, sarif, github }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Notes files or directories (*.md, *.txt), or - for standard input.")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--fix", description = "Apply the fixes that cannot change meaning, in place.")
    private boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print a diff of the fixes instead of writing them.")
    private boolean dryRun;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Fail (exit 1) when there are more than N warnings (default: no limit).")
    private int maxWarnings = -1;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of searching.")
    private Path config;

    @Option(names = "--preset", paramLabel = "PRESET", description = "recommended or chinese-copywriting.")
    private String preset;

    @Option(names = "--rule", paramLabel = "NAME=LEVEL", description = "Set a rule's level: off, info, warning or"
            + " error (repeatable), over the configuration.")
    private Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Leave out the findings this baseline holds (written by --write-baseline).")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding to this baseline file instead of reporting them, and exit 0.")
    private Path writeBaseline;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Do not lint files whose path below a folder"
            + " argument matches this glob, such as drafts/** or *.draft.md (repeatable).")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--changed-since", paramLabel = "COMMIT", description = "Lint only the files that changed"
            + " since this commit, branch or tag (git diff), uncommitted changes included.")
    private String changedSince;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "With -: the file standard input"
            + " holds, for the report, the configuration search and relative image paths.")
    private Path stdinFilename;

    @Mixin
    private LimitOptions limits = new LimitOptions();

    private NotesParser parser;

    private InputStream stdin = System.in;

    private OutputStream stdout = new FileOutputStream(FileDescriptor.out);

    /**
     * Sets where {@code -} reads from, and where input that must not be decoded goes back to.
     *
     * @param in standard input
     * @param out standard output, as bytes (the same stream the command's writer writes to)
     */
    void standardStreams(InputStream in, OutputStream out) {
        this.stdin = in;
        this.stdout = out;
    }

    /**
     * The command with every option at its default: {@code jingdu lint INPUT...} as {@link PlainLint}
     * runs it without picocli.
     *
     * @param inputs the files and folders to lint, none of them {@code -}
     * @return the command
     */
    static LintCommand ofInputs(List<Path> inputs) {
        LintCommand command = new LintCommand();
        command.inputs = List.copyOf(inputs);
        return command;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Lints as the options say.
     *
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    int run(PrintWriter out, PrintWriter err) {
        if (dryRun && !fix) {
            err.println("jingdu lint: --dry-run goes with --fix");
            return Jingdu.USAGE;
        }
        if (baseline != null && writeBaseline != null) {
            err.println("jingdu lint: --baseline and --write-baseline do not go together");
            return Jingdu.USAGE;
        }
        boolean fromStdin = inputs.contains(Path.of("-"));
        if (fromStdin && inputs.size() > 1) {
            err.println("jingdu lint: - (standard input) is the only input when it is given");
            return Jingdu.USAGE;
        }
        if (stdinFilename != null && !fromStdin) {
            err.println("jingdu lint: --stdin-filename goes with - (standard input)");
            return Jingdu.USAGE;
        }
        parser = limits.parser();
        LintBaseline known;
        try {
            known = baseline == null ? null : LintBaseline.read(Files.readString(baseline, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("jingdu lint: " + IoMessages.describe(baseline, e));
            return Jingdu.USAGE;
        } catch (LintConfigException e) {
            err.println("jingdu lint: " + Printable.of(baseline.toString()) + ": " + e.getMessage());
            return Jingdu.USAGE;
        }
        List<FileFindings> results = new ArrayList<>();
        int unreadable;
        PrintWriter report = out;
        try {
            if (fromStdin) {
                unreadable = lintStdin(out, err, results);
                report = fix ? err : out;
            } else {
                unreadable = lintFiles(out, err, results);
            }
        } catch (LintConfigException | IllegalArgumentException e) {
            err.println("jingdu lint: " + e.getMessage());
            return Jingdu.USAGE;
        } catch (IOException e) {
            err.println("jingdu lint: " + IoMessages.describe(inputs, e));
            return Jingdu.USAGE;
        }
        if (unreadable < 0) {
            return Jingdu.USAGE;
        }
        if (writeBaseline != null) {
            LintBaseline written = LintBaseline.of(results);
            try {
                AtomicWrite.write(writeBaseline, written.write());
            } catch (IOException e) {
                err.println("jingdu lint: " + IoMessages.describe(writeBaseline, e));
                return Jingdu.USAGE;
            }
            err.println("jingdu lint: " + written.size() + " finding" + (written.size() == 1 ? "" : "s")
                    + " written to the baseline " + Printable.of(writeBaseline.toString()));
            return unreadable > 0 ? Jingdu.USAGE : Jingdu.OK;
        }
        if (known != null) {
            results = known.newFindings(results);
        }
        report.print(LintReport.write(ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), results));
        report.flush();
        long errors = results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.severity() == Severity.WARNING).count();
        if (format == Format.text && errors + warnings > 0) {
            err.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + " in " + results.size() + " file" + (results.size() == 1 ? "" : "s"));
        }
        if (unreadable > 0) {
            err.println("jingdu lint: " + unreadable + " file" + (unreadable == 1 ? " or folder was" : "s or folders were")
                    + " not checked (see above)");
            return Jingdu.USAGE;
        }
        return errors > 0 || maxWarnings >= 0 && warnings > maxWarnings ? Jingdu.CONTENT : Jingdu.OK;
    }

    /**
     * Lints the files and folders named.
     *
     * @return how many files or folders could not be checked, or -1 after a usage error
     */
    private int lintFiles(PrintWriter out, PrintWriter err, List<FileFindings> results)
            throws IOException, LintConfigException {
        InputFiles.Expansion expansion = InputFiles.expand(inputs, false, null, "lint", err,
                InputFiles.Skip.ofLint(excludes));
        List<InputFiles.Input> files = expansion.inputs();
        if (changedSince != null) {
            Path first = inputs.get(0);
            Set<Path> changed;
            try {
                changed = GitFiles.changedSince(Files.isDirectory(first) ? first : first.toAbsolutePath().getParent(),
                        changedSince);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--changed-since " + e.getMessage(), e);
            }
            files = files.stream().filter(f -> changed.contains(realPath(f.file()))).toList();
            if (files.isEmpty()) {
                return 0;
            }
        }
        if (files.isEmpty()) {
            err.println("jingdu lint: no .md or .txt files in " + inputs);
            return -1;
        }
        FolderLinters linters = folderLinters();
        // A file named twice (notes/ and notes/a.md, ./a.md and a.md, a folder and a link to it) is
        // linted and counted once.
        Map<Path, Linter> kept = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        for (InputFiles.Input input : files) {
            if (seen.add(realPath(input.file()))) {
                linters.linterFor(input.file()).ifPresent(linter -> kept.put(input.file(), linter));
            }
        }
        return lintAll(kept, out, err, results) + expansion.unreadable();
    }

    /**
     * Lints standard input; with --fix, writes the fixed text to standard output.
     *
     * @return 0
     */
    private int lintStdin(PrintWriter out, PrintWriter err, List<FileFindings> results)
            throws IOException, LintConfigException {
        byte[] bytes = stdin.readAllBytes();
        String name = stdinFilename == null ? "<stdin>" : stdinFilename.toString();
        // Without a name, standard input takes the configuration of the working folder.
        Optional<Linter> found = stdinFilename == null ? Optional.of(folderLinters().linterForFolder(Path.of("")))
                : folderLinters().linterFor(stdinFilename);
        if (found.isEmpty()) {
            if (fix) {
                passThrough(bytes, out);
            }
            return 0;
        }
        Linter linter = found.get();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!fix) {
            results.add(withOptions(name, linter.lint(bytes, stdinFilename).findings()));
            return 0;
        }
        if (!Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8))) {
            // Not UTF-8: passed through byte for byte, as files are never fixed then.
            passThrough(bytes, out);
            results.add(withOptions(name, linter.lint(bytes, stdinFilename).findings()));
            return 0;
        }
        FixResult fixed = linter.fix(text, stdinFilename);
        out.print(fixed.text());
        out.flush();
        results.add(withOptions(name, fixed.remaining()));
        return 0;
    }

    /** The file's real path (git names files in the work tree by their real paths), or its absolute path. */
    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Writes the input back unchanged, as bytes: decoding text that is not UTF-8 would damage it. */
    private void passThrough(byte[] bytes, PrintWriter out) throws IOException {
        out.flush();
        stdout.write(bytes);
        stdout.flush();
    }

    /** The linters for the files, with the options' configuration, preset and rule levels. */
    private FolderLinters folderLinters() throws LintConfigException {
        return FolderLinters.builder().parser(parser).config(config == null ? null : LintConfig.read(config))
                .preset(chosenPreset()).levels(overrides()).build();
    }

    private Preset chosenPreset() {
        return preset == null ? null : Preset.of(preset);
    }

    private Map<String, Level> overrides() {
        Map<String, Level> overrides = new LinkedHashMap<>();
        rules.forEach((name, level) -> overrides.put(name, LintConfig.level(level)));
        return overrides;
    }

    /** A file's findings, and the diff to print for it with --dry-run. */
    private record Linted(FileFindings findings, String diff, String error) {
    }

    /**
     * Lints the files on every core; results and diffs come out in input order. A file that
     * cannot be read or rewritten is reported and the others go on.
     *
     * @return how many files could not be checked
     */
    private int lintAll(Map<Path, Linter> files, PrintWriter out, PrintWriter err, List<FileFindings> results) {
        int[] failed = {0};
        InOrder.forEach(List.copyOf(files.entrySet()), f -> lintOne(f.getKey(), f.getValue()), (f, l) -> {
            out.print(l.diff());
            if (l.error() != null) {
                err.println("jingdu lint: " + l.error());
                failed[0]++;
            } else {
                results.add(l.findings());
            }
        });
        return failed[0];
    }

    private Linted lintOne(Path file, Linter linter) {
        try {
            StringBuilder diff = new StringBuilder();
            return new Linted(lintOne(file, linter, diff), diff.toString(), null);
        } catch (IOException e) {
            return new Linted(null, "", IoMessages.describe(file, e));
        } catch (StackOverflowError e) {
            return new Linted(null, "", Printable.of(file.toString()) + ": internal error: " + e
                    + " (please report it with this file)");
        }
    }

    private FileFindings lintOne(Path file, Linter linter, StringBuilder out) throws IOException {
        byte[] bytes = Documents.bytes(file, parser);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!fix || !Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8))) {
            // A file that is not UTF-8 is never fixed: writing it back would replace its bad
            // bytes. Its findings, invalid-encoding first among them, say what to do.
            return withOptions(file.toString(), linter.lint(bytes, file).findings());
        }
        FixResult fixed = linter.fix(text, file);
        if (!fixed.text().equals(text)) {
            if (dryRun) {
                out.append(UnifiedDiff.of(file.toString(), text, fixed.text()));
            } else {
                AtomicWrite.replace(file, bytes, fixed.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        List<Finding> remaining = dryRun ? linter.lint(text, file).findings() : fixed.remaining();
        return withOptions(file.toString(), remaining);
    }

    /**
     * A file's findings, a reader limit's message followed by the option that raises it, as parse
     * and convert print it: the library's message names the parser's builder, which a user of the
     * command does not see.
     */
    private static FileFindings withOptions(String file, List<Finding> findings) {
        List<Finding> shown = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String hint = f.diagnosticCode() == null ? "" : LimitOptions.hint(f.diagnosticCode());
            shown.add(hint.isEmpty() ? f
                    : new Finding(f.rule(), f.severity(), f.message() + hint, f.span(), f.fix(), f.diagnosticCode()));
        }
        return new FileFindings(file, shown);
    }
}
