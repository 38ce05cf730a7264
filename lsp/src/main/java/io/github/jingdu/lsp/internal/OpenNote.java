package io.github.jingdu.lsp.internal;

import io.github.jingdu.lint.FixResult;
import io.github.jingdu.lint.LintResult;
import io.github.jingdu.lint.Linter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.terms.Grounder;
import io.github.jingdu.terms.Grounding;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a note the editor has open: its text and what the server learnt from it. The
 * document and its groundings are read when first asked for, because diagnostics alone need
 * neither; each text change makes a new {@code OpenNote}.
 */
final class OpenNote {

    private final String uri;
    private final @Nullable Path file;
    private final String text;
    private final LineIndex lines;
    private final NotesParser parser;
    private final Grounder grounder;
    private volatile @Nullable LintResult lint;
    private volatile @Nullable Linter linter;
    private @Nullable NoteDocument document;
    private @Nullable List<Grounding> groundings;
    private @Nullable FixResult fixed;

    OpenNote(String uri, String text, NotesParser parser, Grounder grounder) {
        this.uri = uri;
        this.file = fileOf(uri);
        this.text = text;
        this.lines = new LineIndex(text);
        this.parser = parser;
        this.grounder = grounder;
    }

    String uri() {
        return uri;
    }

    /** The file behind the URI, for the configuration that applies; null for an unsaved buffer. */
    @Nullable Path file() {
        return file;
    }

    String text() {
        return text;
    }

    LineIndex lines() {
        return lines;
    }

    @Nullable LintResult lint() {
        return lint;
    }

    /** The linter that applies to this note (its configuration's), or null when the note is ignored. */
    @Nullable Linter linter() {
        return linter;
    }

    void linted(Linter by, LintResult result) {
        this.linter = by;
        this.lint = result;
    }

    /**
     * The text with every safe fix applied, by this note's linter; computed once per version,
     * since editors ask for code actions at every move of the cursor.
     */
    synchronized FixResult fixed(Linter by) {
        if (fixed == null) {
            fixed = by.fix(text, file);
        }
        return fixed;
    }

    synchronized NoteDocument document() {
        if (document == null) {
            document = parser.parse(text);
        }
        return document;
    }

    synchronized List<Grounding> groundings() {
        if (groundings == null) {
            groundings = grounder.ground(document());
        }
        return groundings;
    }

    private static @Nullable Path fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme()) ? Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
