package io.github.jingdu.maven;

import io.github.jingdu.lint.FileFindings;
import io.github.jingdu.lint.Finding;
import io.github.jingdu.lint.LintBaseline;
import io.github.jingdu.lint.FolderLinters;
import io.github.jingdu.lint.LintConfigException;
import io.github.jingdu.lint.LintReport;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.lint.Preset;
import io.github.jingdu.lint.ReportFormat;
import io.github.jingdu.model.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's notes, as {@code jingdu lint} does: the findings go to the build's log
 * (file, line, column, rule, what to do) and to a SARIF report, and the build fails when there is
 * an error, or more warnings than {@code maxWarnings}. Each file is checked with the nearest
 * {@code .jingdu.json} (docs/rules/README.md).
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends NotesMojo {
    /** Fail when there are more warnings than this; -1 for no limit. */
    @Parameter(property = "jingdu.maxWarnings", defaultValue = "-1")
    private int maxWarnings;

    /** A baseline written by {@code jingdu lint --write-baseline}: the findings it holds do not count. */
    @Parameter(property = "jingdu.baseline")
    private File baseline;

    /** A preset to use instead of the configuration's: {@code recommended} or {@code chinese-copywriting}. */
    @Parameter(property = "jingdu.preset")
    private String preset;

    /** Where the SARIF report goes (for code scanning). */
    @Parameter(property = "jingdu.sarif", defaultValue = "${project.build.directory}/jingdu-lint.sarif")
    private File sarif;

    /** Skip the check. */
    @Parameter(property = "jingdu.lint.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    public LintMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jingdu:lint skipped");
            return;
        }
        List<NotesSources.Source> files;
        try {
            files = notes();
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("jingdu:lint cannot list the notes: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            getLog().info("jingdu:lint: no .md or .txt notes to check");
            return;
        }
        List<FileFindings> results;
        try {
            results = lint(files);
            if (baseline != null) {
                results = LintBaseline.read(Files.readString(baseline.toPath(), StandardCharsets.UTF_8)).newFindings(results);
            }
        } catch (LintConfigException | IllegalArgumentException e) {
            throw new MojoFailureException("jingdu:lint: " + e.getMessage(), e);
        } catch (ServiceConfigurationError e) {
            throw new MojoExecutionException("jingdu:lint: " + e.getMessage()
                    + "; mend or remove the plugin dependency that holds it", e);
        } catch (IOException e) {
            throw new MojoExecutionException("jingdu:lint: " + e.getMessage(), e);
        }
        writeSarif(results);
        int errors = 0;
        int warnings = 0;
        for (FileFindings file : results) {
            for (Finding f : file.findings()) {
                String line = file.file() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.rule().name()
                        + " " + f.message();
                if (f.severity() == Severity.ERROR) {
                    errors++;
                    getLog().error(line);
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
        String summary = "jingdu:lint: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + " in " + results.size() + " file" + (results.size() == 1 ? "" : "s")
                + " (SARIF report: " + sarif + ")";
        if (errors > 0 || maxWarnings >= 0 && warnings > maxWarnings) {
            throw new MojoFailureException(summary + (errors == 0 ? "; more warnings than maxWarnings " + maxWarnings : ""));
        }
        getLog().info(summary);
    }

    private List<FileFindings> lint(List<NotesSources.Source> files) throws IOException, LintConfigException {
        FolderLinters linters = FolderLinters.builder().preset(preset == null ? null : Preset.of(preset)).build();
        List<FileFindings> results = new ArrayList<>();
        for (NotesSources.Source source : files) {
            Path file = source.file();
            Optional<Linter> found = linters.linterFor(file);
            if (found.isEmpty()) {
                continue;
            }
            Linter linter = found.get();
            // Relative to the project, as code scanning wants; a source outside it keeps its whole path.
            Path project = basedir.toPath().toAbsolutePath().normalize();
            Path absolute = file.toAbsolutePath().normalize();
            String name = (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString()
                    .replace(File.separatorChar, '/');
            results.add(new FileFindings(name, linter.lint(Files.readAllBytes(file), file).findings()));
        }
        return results;
    }

    private void writeSarif(List<FileFindings> results) throws MojoExecutionException {
        try {
            Files.createDirectories(sarif.toPath().toAbsolutePath().getParent());
            Files.writeString(sarif.toPath(), LintReport.write(ReportFormat.SARIF, results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("jingdu:lint cannot write " + sarif + ": " + e.getMessage(), e);
        }
    }
}
