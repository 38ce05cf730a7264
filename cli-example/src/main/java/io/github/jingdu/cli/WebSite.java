package io.github.jingdu.cli;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.html.HtmlSite;
import io.github.jingdu.html.HtmlSiteWriter;
import io.github.jingdu.html.HtmlSource;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.parse.NotesParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code jingdu convert … --to html -o DIR}: every input on one reading site, in path order. The
 * directory must be new, empty, or a site Jingdu made before (its {@code index.html} says so):
 * nothing else in it is overwritten, and of the earlier site's files only those this one no
 * longer has are removed.
 */
final class WebSite {
    /** How the site names the images it copies: by their content's hash. */
    private static final Pattern HASHED_IMAGE = Pattern.compile("[0-9a-f]{16}\\.(?:png|jpg|gif|webp)");

    private WebSite() {
    }

    static int write(List<InputFiles.Input> files, Path output, String title, NotesParser parser,
            DocumentAligner aligner, PrintWriter err) {
        try {
            String refusal = refusal(output);
            if (refusal != null) {
                err.println("jingdu convert: " + Printable.of(output.toString()) + " " + refusal);
                return Jingdu.USAGE;
            }
        } catch (IOException e) {
            err.println("jingdu convert: cannot read " + IoMessages.describe(output, e));
            return Jingdu.USAGE;
        }
        List<HtmlSource> sources = new ArrayList<>();
        int status = EpubBook.readAll(files, parser, aligner, err, (input, read) -> sources.add(new HtmlSource(
                read.document(), input.relative().toString().replace(File.separatorChar, '/'), read.directory(),
                read.root())));
        if (status == Jingdu.USAGE) {
            return Jingdu.USAGE;
        }
        if (sources.isEmpty()) {
            err.println("jingdu convert: no note could be read, so no site is written to " + Printable.of(output.toString()));
            return status;
        }
        HtmlSite site;
        ExecutorService pool = InOrder.workers(Runtime.getRuntime().availableProcessors());
        try {
            HtmlSiteWriter.Builder writer = HtmlSiteWriter.builder().executor(pool);
            if (title != null) {
                writer.title(title);
            }
            site = writer.build().write(sources);
        } finally {
            pool.shutdownNow();
        }
        // index.html first: it marks the folder as a Jingdu site, so that a run stopped half way
        // leaves a folder the next run may write into. The other files on every core: a site has
        // hundreds, and each costs a few system calls.
        Failure failure = writeOne(output, "index.html", site.files().get("index.html"));
        if (failure == null) {
            List<Map.Entry<String, byte[]>> others = site.files().entrySet().stream()
                    .filter(f -> !f.getKey().equals("index.html")).toList();
            Failure[] first = {null};
            InOrder.forEach(others, f -> writeOne(output, f.getKey(), f.getValue()), (f, result) -> {
                if (first[0] == null) {
                    first[0] = result;
                }
            });
            failure = first[0];
        }
        if (failure != null) {
            err.println("jingdu convert: cannot write " + IoMessages.describe(failure.target(), failure.error()));
            return Jingdu.USAGE;
        }
        try {
            removeStale(output, site.files().keySet());
        } catch (IOException e) {
            err.println("jingdu convert: cannot remove a page of the earlier site: " + IoMessages.describe(output, e));
            return Jingdu.USAGE;
        }
        for (SourceDiagnostic d : site.diagnostics()) {
            err.println(Printable.of(d.format()));
        }
        return status;
    }

    /** A file of the site that could not be written, and why. */
    private record Failure(Path target, IOException error) {
    }

    /** Writes one file of the site, giving what went wrong, or null. */
    private static Failure writeOne(Path output, String path, byte[] content) {
        Path target = output.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            AtomicWrite.write(target, content);
            return null;
        } catch (IOException e) {
            return new Failure(target, e);
        }
    }

    /**
     * Removes what an earlier build of the site wrote and this one did not: the page of a note
     * that is gone, a letter of the glossary no word starts with, an image no note shows. Only
     * Jingdu's own files go: pages that say Jingdu made them, images named by their hash.
     */
    private static void removeStale(Path output, Set<String> current) throws IOException {
        for (String folder : List.of("notes", "glossary", "images")) {
            Path dir = output.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> listed = Files.list(dir)) {
                files = listed.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (current.contains(folder + "/" + name)) {
                    continue;
                }
                boolean ours = folder.equals("images") ? HASHED_IMAGE.matcher(name).matches()
                        : name.endsWith(".html") && madeByJingdu(f);
                if (ours) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Why the site may not be written there, or null when it may. */
    private static String refusal(Path output) throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(output)) {
            return "is not a directory: --to html writes a site into one; give -o DIR";
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isEmpty()) {
                return null;
            }
        }
        if (madeByJingdu(output.resolve("index.html"))) {
            return null;
        }
        return "is not empty and holds no site that Jingdu made, so nothing is written into it;"
                + " give -o a new or empty directory";
    }

    /** Whether a file is a page of a site Jingdu made (a page is far smaller than 64 MB). */
    private static boolean madeByJingdu(Path page) throws IOException {
        return Files.isRegularFile(page) && Files.size(page) < 64 * 1024 * 1024
                && new String(Files.readAllBytes(page), StandardCharsets.UTF_8).contains(HtmlSite.GENERATOR);
    }
}
