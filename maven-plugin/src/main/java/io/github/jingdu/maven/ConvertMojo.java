package io.github.jingdu.maven;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.anki.ApkgWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.anki.Flashcards;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.epub.EpubWriter;
import io.github.jingdu.html.HtmlSite;
import io.github.jingdu.html.HtmlSiteWriter;
import io.github.jingdu.html.HtmlSource;
import io.github.jingdu.json.JsonWriter;
import io.github.jingdu.markdown.MarkdownWriter;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.parse.NotesParser;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts the project's notes into the output folder: {@code json} and {@code md} (canonical
 * Markdown) write one file per note, at its path below its source folder; {@code epub} writes one
 * book of every note ({@code notes.epub}), {@code html} one reading site ({@code site/index.html}
 * and its pages) and {@code apkg} one Anki package ({@code notes.apkg}).
 * Notes are aligned sentence by sentence first, with CC-CEDICT. Each file is replaced whole, never
 * left half written.
 *
 * @since 0.1.0
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class ConvertMojo extends NotesMojo {
    /** What to write: any of {@code json}, {@code md}, {@code epub}, {@code html}, {@code apkg}. */
    @Parameter(property = "jingdu.formats", defaultValue = "json")
    private List<String> formats;

    /** Where the outputs go. */
    @Parameter(property = "jingdu.outputDirectory", defaultValue = "${project.build.directory}/jingdu")
    private File outputDirectory;

    /** The book's title (EPUB), the site's (HTML) and the deck's name (Anki). */
    @Parameter(property = "jingdu.title", defaultValue = "${project.name}")
    private String title;

    /** Skip the conversion. */
    @Parameter(property = "jingdu.convert.skip", defaultValue = "false")
    private boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    public ConvertMojo() {
    }

    /** A note read and aligned, with the name it goes by. */
    private record Note(NotesSources.Source source, NoteDocument document) {
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("jingdu:convert skipped");
            return;
        }
        for (String format : formats) {
            if (!List.of("json", "md", "epub", "html", "apkg").contains(format.toLowerCase(Locale.ROOT))) {
                throw new MojoExecutionException("jingdu:convert: unknown format " + format
                        + "; use json, md, epub, html or apkg");
            }
        }
        try {
            List<NotesSources.Source> files = notes();
            NotesParser parser = NotesParser.create();
            DocumentAligner aligner = DocumentAligner.create();
            List<Note> notes = new ArrayList<>();
            for (NotesSources.Source source : files) {
                NoteDocument document = aligner.align(parser.parse(source.file()));
                for (Diagnostic d : document.diagnostics()) {
                    getLog().warn(d.format(source.file().toString()));
                }
                notes.add(new Note(source, document));
            }
            for (String format : formats) {
                write(format.toLowerCase(Locale.ROOT), notes);
            }
            getLog().info("jingdu:convert: " + notes.size() + " note" + (notes.size() == 1 ? "" : "s") + " to "
                    + String.join(", ", formats) + " in " + outputDirectory);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("jingdu:convert: " + e.getMessage(), e);
        }
    }

    private void write(String format, List<Note> notes) throws IOException {
        Path out = outputDirectory.toPath();
        switch (format) {
            case "json", "md" -> {
                Map<String, Path> written = new HashMap<>();
                for (Note note : notes) {
                    String relative = note.source().relative();
                    String name = relative.substring(0, relative.lastIndexOf('.')) + "." + format;
                    Path before = written.putIfAbsent(name, note.source().file());
                    if (before != null) {
                        throw new IOException(before + " and " + note.source().file() + " would both be written to "
                                + out.resolve(name) + "; rename one, or leave one out with <excludes>");
                    }
                    Path target = out.resolve(name);
                    replace(target, stream -> {
                        if (format.equals("json")) {
                            JsonWriter.create().write(note.document(), stream);
                        } else {
                            MarkdownWriter.canonical().write(note.document(), stream);
                        }
                    });
                }
            }
            case "epub" -> {
                List<EpubSource> book = new ArrayList<>();
                for (Note note : notes) {
                    book.add(new EpubSource(note.document(), note.source().relative(), note.source().directory(),
                            note.source().imageRoot()));
                }
                replace(out.resolve("notes.epub"), stream -> report(EpubWriter.builder().title(title).build().write(book, stream)));
            }
            case "html" -> {
                List<HtmlSource> site = new ArrayList<>();
                for (Note note : notes) {
                    site.add(new HtmlSource(note.document(), note.source().relative(), note.source().directory(),
                            note.source().imageRoot()));
                }
                HtmlSite written = HtmlSiteWriter.builder().title(title).build().write(site);
                for (Map.Entry<String, byte[]> file : written.files().entrySet()) {
                    replace(out.resolve("site").resolve(file.getKey()), stream -> stream.write(file.getValue()));
                }
                report(written.diagnostics());
            }
            default -> {
                List<Flashcard> cards = new ArrayList<>();
                for (Note note : notes) {
                    cards.addAll(Flashcards.of(note.source().relative(), note.document()));
                }
                replace(out.resolve("notes.apkg"), stream -> report(ApkgWriter.builder().deck(title).build().write(cards, stream)));
            }
        }
    }

    private void report(List<SourceDiagnostic> diagnostics) {
        for (SourceDiagnostic d : diagnostics) {
            getLog().warn("jingdu:convert: " + d.format());
        }
    }

    /** What writes one output. */
    private interface Output {
        void to(OutputStream out) throws IOException;
    }

    /** Writes beside the target, then moves over it: a reader never sees half a file. */
    private static void replace(Path target, Output output) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".jingdu-", ".tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                output.to(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
