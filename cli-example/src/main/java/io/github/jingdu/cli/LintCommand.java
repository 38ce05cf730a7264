package io.github.jingdu.cli;

import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.FixResult;
import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.LintConfig;
import io.github.jingdu.lint.LintConfigException;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.lint.Preset;
import io.github.jingdu.lint.ReportFormat;
import io.github.jingdu.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Notes files or directories (*.md, *.txt).")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--fix", description = "Apply the fixes that cannot change meaning, in place.")
    private boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print a diff of the fixes instead of writing them.")
    private boolean dryRun;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Fail (exit 1) when there are more than N warnings (default: no limit).")
    private int maxWarnings;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of searching.")
    private Path config;

    @Option(names = "--preset", paramLabel = "PRESET", description = "recommended or chinese-copywriting.")
    private String preset;

    @Option(names = "--rule", paramLabel = "NAME=LEVEL", description = "Set a rule's level: off, info, warning or"
            + " error (repeatable), over the configuration.")
    private Map<String, String> rules = new LinkedHashMap<>();

    @Mixin
    private LimitOptions limits;

    private NotesParser parser;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun && !fix) {
            err.println("jingdu lint: --dry-run goes with --fix");
            return Jingdu.USAGE;
        }
        parser = limits.parser();
        List<InputFiles.Input> files;
        int unreadableFolders;
        try {
            InputFiles.Expansion expansion = InputFiles.expand(inputs, false, null, "lint", err);
            files = expansion.inputs();
            unreadableFolders = expansion.unreadable();
        } catch (IOException e) {
            err.println("jingdu lint: " + IoMessages.describe(inputs, e));
            return Jingdu.USAGE;
        }
        if (files.isEmpty()) {
            err.println("jingdu lint: no .md or .txt files in " + inputs);
            return Jingdu.USAGE;
        }
        Map<Path, Linter> linters = new LinkedHashMap<>();
        List<FileFindings> results = new ArrayList<>();
        int unreadable;
        try {
            Preset chosen = preset == null ? null : Preset.of(preset);
            Map<String, Level> overrides = new LinkedHashMap<>();
            rules.forEach((name, level) -> overrides.put(name, LintConfig.level(level)));
            LintConfig explicit = config == null ? null : LintConfig.read(config).with(chosen, overrides);
            List<Path> kept = new ArrayList<>();
            for (InputFiles.Input input : files) {
                Path dir = input.file().toAbsolutePath().getParent();
                LintConfig cfg = explicit != null ? explicit : LintConfig.find(dir).with(chosen, overrides);
                if (!cfg.ignores(input.file())) {
                    kept.add(input.file());
                    linters.computeIfAbsent(dir, d -> Linter.builder().config(cfg).parser(parser).build());
                }
            }
            unreadable = lintAll(kept, linters, out, err, results);
        } catch (LintConfigException | IllegalArgumentException e) {
            err.println("jingdu lint: " + e.getMessage());
            return Jingdu.USAGE;
        }
        out.print(LintReport.write(ReportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), results));
        out.flush();
        long errors = results.stream().flatMap(r -> r.findings().stream()).filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.severity() == Severity.WARNING).count();
        if (format == Format.text && errors + warnings > 0) {
            err.println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + " in " + results.size() + " file" + (results.size() == 1 ? "" : "s"));
        }
        unreadable += unreadableFolders;
        if (unreadable > 0) {
            err.println("jingdu lint: " + unreadable + " file" + (unreadable == 1 ? " or folder was" : "s or folders were")
                    + " not checked (see above)");
            return Jingdu.USAGE;
        }
        return errors > 0 || maxWarnings >= 0 && warnings > maxWarnings ? Jingdu.CONTENT : Jingdu.OK;
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
    private int lintAll(List<Path> files, Map<Path, Linter> linters, PrintWriter out, PrintWriter err,
            List<FileFindings> results) {
        List<Linted> done = files.parallelStream()
                .map(f -> lintOne(f, linters.get(f.toAbsolutePath().getParent())))
                .toList();
        int failed = 0;
        for (Linted l : done) {
            out.print(l.diff());
            if (l.error() != null) {
                err.println("jingdu lint: " + l.error());
                failed++;
            } else {
                results.add(l.findings());
            }
        }
        return failed;
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
            return new FileFindings(file.toString(), linter.lint(bytes, file).findings());
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
        return new FileFindings(file.toString(), remaining);
    }
}
