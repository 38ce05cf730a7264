package io.github.jingdu.lint;

import io.github.jingdu.lint.internal.DiagnosticReporter;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.internal.RuleCatalog;
import io.github.jingdu.lint.internal.Suppressions;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Severity;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks notes against the rule catalog ({@code docs/rules/}) and mends what can be mended
 * without changing meaning.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().config(LintConfig.find(path)).build();
 * for (Finding f : linter.lint(Files.readString(path), path).findings()) {
 *     System.out.println(f.span().line() + ": " + f.rule().name() + ": " + f.message());
 * }
 * String fixed = linter.fix(text, path).text();
 * }</pre>
 *
 * <p>Immutable and thread-safe. It never throws on content. A rule installed beside Jingdu's
 * ({@link LintRule}) that cannot be used (its id or name taken) makes {@link #rules()} and every
 * lint throw {@link java.util.ServiceConfigurationError}, naming its class.
 *
 * @since 0.1.0
 */
public final class Linter {
    private static final int MAX_FIX_PASSES = 5;
    /**
     * Findings kept per rule and file: a hostile file (a 10 MB line of {@code 中a中a…}) would
     * otherwise hold millions of findings in memory. The rest are counted in one last finding.
     */
    public static final int MAX_FINDINGS_PER_RULE = 10_000;
    private static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.span().offset())
            .thenComparing(f -> f.rule().id());
    private final LintConfig config;
    private final NotesParser parser;

    private Linter(Builder b) {
        this.config = b.config;
        this.parser = b.parser;
    }

    /**
     * Returns a linter with the default configuration.
     *
     * @return a linter
     */
    public static Linter create() {
        return builder().build();
    }

    /**
     * Starts building a linter.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns every rule, whatever its level: Jingdu's own, then the rules installed beside it
     * ({@link LintRule}).
     *
     * @return Jingdu's rules in id order, then the installed ones in id order
     * @throws java.util.ServiceConfigurationError when an installed rule cannot be used (its id or
     *     name is another rule's, its name is not kebab-case), naming its class
     */
    public static List<RuleInfo> rules() {
        return RuleCatalog.rules().stream().map(RuleCatalog.Entry::info).toList();
    }

    /**
     * Lints a text.
     *
     * @param text the notes
     * @param file the file it came from (for relative image paths), or null
     * @return the findings, suppressions applied
     */
    public LintResult lint(String text, @Nullable Path file) {
        Objects.requireNonNull(text, "text");
        return lint(text, parser.parse(text), file);
    }

    /**
     * Lints a file's bytes. Bytes that are not valid UTF-8 are found by the rule
     * {@code invalid-encoding} (and read as U+FFFD by the others), so that a file a program
     * would misread fails the check instead of passing it.
     *
     * @param utf8 the notes, as a file holds them
     * @param file the file they came from (for relative image paths), or null
     * @return the findings, suppressions applied
     * @since 0.1.0
     */
    public LintResult lint(byte[] utf8, @Nullable Path file) {
        Objects.requireNonNull(utf8, "utf8");
        NoteDocument document = parser.parse(utf8);
        return lint(MarkdownWriter.lossless().write(document), document, file);
    }

    /**
     * Reads a file and lints its bytes, as {@link #lint(byte[], Path)} does.
     *
     * @param file the notes
     * @return the findings, suppressions applied
     * @throws IOException if the file cannot be read
     * @since 0.1.0
     */
    public LintResult lint(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return lint(Files.readAllBytes(file), file);
    }

    private LintResult lint(String text, NoteDocument document, @Nullable Path file) {
        LintInput input = new LintInput(text, document, file);
        List<Finding> findings = new ArrayList<>();
        for (RuleCatalog.Entry rule : RuleCatalog.rules()) {
            Severity severity = config.levelOf(rule.info()).severity();
            if (severity == null) {
                continue;
            }
            Collector out = new Collector(rule.info(), severity, text, input, findings);
            if (rule.builtIn()) {
                rule.check().accept(input, out);
            } else {
                checkInstalled(rule, input, out, findings);
            }
            if (out.count > MAX_FINDINGS_PER_RULE) {
                Finding last = findings.get(findings.size() - 1);
                findings.add(new Finding(rule.info(), severity, (out.count - MAX_FINDINGS_PER_RULE) + " more findings of "
                        + rule.info().name() + " are not listed; mend these and run again", last.span(), List.of()));
            }
        }
        findings.sort(ORDER);
        return new LintResult(Suppressions.apply(findings, input.lines()));
    }

    /**
     * Applies every fix that cannot change meaning, again until nothing more can be fixed: the
     * result is stable (fixing it again changes nothing) when no fixable finding remains in
     * {@link FixResult#remaining()}: a text needs more rounds than the five allowed only when a
     * rule finds more than {@link #MAX_FINDINGS_PER_RULE} things to fix, or fixes overlap in long
     * runs (hundreds of {@code "} in a row), and then what is left is reported. Edits never touch line breaks except
     * to put a glued marker on its own line, in the text's own line-break style.
     *
     * @param text the notes
     * @param file the file it came from, or null
     * @return the fixed text and what remains
     */
    public FixResult fix(String text, @Nullable Path file) {
        String current = text;
        int applied = 0;
        LintResult result = lint(current, file);
        for (int pass = 0; pass < MAX_FIX_PASSES; pass++) {
            List<List<TextEdit>> chosen = new ArrayList<>();
            int reach = -1;
            for (Finding f : result.findings()) {
                List<TextEdit> fix = f.fix().stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
                if (fix.isEmpty() || fix.get(0).offset() <= reach) {
                    continue;
                }
                chosen.add(fix);
                reach = fix.stream().mapToInt(e -> Math.max(e.end(), e.offset())).max().orElse(reach);
            }
            if (chosen.isEmpty()) {
                break;
            }
            String next = apply(current, chosen.stream().flatMap(List::stream).toList());
            int fixes = chosen.size();
            if (lineCount(next) < lineCount(current)) {
                // Fixes that together empty the text between a \r and a \n (each alone does
                // not) would lose a line: apply them one at a time, from the end, leaving those out.
                next = current;
                fixes = 0;
                for (int k = chosen.size() - 1; k >= 0; k--) {
                    String tried = apply(next, chosen.get(k));
                    if (lineCount(tried) >= lineCount(next)) {
                        next = tried;
                        fixes++;
                    }
                }
            }
            if (fixes == 0) {
                break;
            }
            current = next;
            applied += fixes;
            result = lint(current, file);
        }
        return new FixResult(current, applied, result.findings());
    }

    /**
     * Runs a rule of someone else's: what it reports is checked to lie within the text (a fix
     * applied out of bounds would throw), a fix of a rule that says it does not fix is dropped,
     * and a rule that throws (an exception or an error of its own code: a missing method, a stack
     * too deep) gives the note an error finding instead of stopping the linter, so that a check
     * that could not run does not pass.
     */
    private static void checkInstalled(RuleCatalog.Entry rule, LintInput input, RuleReporter out, List<Finding> findings) {
        int length = input.text().length();
        boolean fixable = rule.info().fixable();
        try {
            rule.check().accept(input, (from, to, message, fix) -> {
                Objects.requireNonNull(message, "message");
                if (from < 0 || to < from || to > length) {
                    throw new IllegalArgumentException("the range " + from + ".." + to + " is not within the text (0.."
                            + length + ")");
                }
                List<TextEdit> edits = fix.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
                int reach = 0;
                for (TextEdit e : edits) {
                    if (e.offset() < reach || e.end() > length) {
                        throw new IllegalArgumentException("its fix edits " + e.offset() + ".." + e.end()
                                + (e.end() > length ? ", outside the text" : ", over another of its edits"));
                    }
                    reach = e.end();
                }
                out.report(from, to, message, fixable ? edits : List.of());
            });
        } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
            findings.add(new Finding(rule.info(), Severity.ERROR, "the rule " + rule.info().name()
                    + " failed on this note (" + e + "), so the note is not checked by it; this is a fault in the rule,"
                    + " not in the note: tell its author", input.lines().span(0, 0), List.of()));
        }
    }

    /**
     * Whether a fix would empty the content between a {@code \r} and a {@code \n}: the two
     * would then read as one CRLF line break, and the line between them would be gone.
     */
    private static boolean joinsLineBreaks(String text, List<TextEdit> fix) {
        for (TextEdit e : fix) {
            if (e.replacement().isEmpty() && e.offset() > 0 && e.end() < text.length()
                    && text.charAt(e.offset() - 1) == '\r' && text.charAt(e.end()) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Counts lines as {@link String#lines()} does, without making them. */
    private static long lineCount(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n + (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? 0 : 1);
    }

    private static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset));
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int from = 0;
        for (TextEdit e : sorted) {
            sb.append(text, from, e.offset()).append(e.replacement());
            from = e.end();
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** Collects what one rule reports, up to {@link #MAX_FINDINGS_PER_RULE}, and counts the rest. */
    private static final class Collector implements DiagnosticReporter {
        private final RuleInfo rule;
        private final Severity severity;
        private final String text;
        private final LintInput input;
        private final List<Finding> findings;
        private int count;

        Collector(RuleInfo rule, Severity severity, String text, LintInput input, List<Finding> findings) {
            this.rule = rule;
            this.severity = severity;
            this.text = text;
            this.input = input;
            this.findings = findings;
        }

        @Override
        public void report(int from, int to, String message, List<TextEdit> fix) {
            add(from, to, message, joinsLineBreaks(text, fix) ? List.of() : fix, null);
        }

        @Override
        public void reportDiagnostic(int from, int to, String message, String diagnosticCode) {
            add(from, to, message, List.of(), diagnosticCode);
        }

        private void add(int from, int to, String message, List<TextEdit> fix, @Nullable String diagnosticCode) {
            if (count++ < MAX_FINDINGS_PER_RULE) {
                findings.add(new Finding(rule, severity, message, input.lines().span(from, Math.max(from, to)), fix,
                        diagnosticCode));
            }
        }
    }

    /** Settings for a {@link Linter}. */
    public static final class Builder {
        private LintConfig config = LintConfig.defaults();
        private NotesParser parser = NotesParser.create();

        private Builder() {
        }

        /**
         * Sets the parser that reads the notes, with its limits; {@link NotesParser#create()}
         * otherwise. A fix is applied to the text, so the parser only decides what is found.
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder parser(NotesParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Sets the configuration; {@link LintConfig#defaults()} otherwise.
         *
         * @param config the rule levels
         * @return this builder
         */
        public Builder config(LintConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Builds the linter.
         *
         * @return an immutable linter
         */
        public Linter build() {
            return new Linter(this);
        }
    }
}
