package io.github.jingdu.html.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.html.HtmlSource;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.render.internal.Assets;
import io.github.jingdu.render.internal.ChapterContext;
import io.github.jingdu.render.internal.ChapterWriter;
import io.github.jingdu.render.internal.GlossaryIds;
import io.github.jingdu.render.internal.GlossaryLink;
import io.github.jingdu.render.internal.Images;
import io.github.jingdu.render.internal.Packaging;
import io.github.jingdu.render.internal.Tasks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Lays out a whole site: the note pages (as tasks), then the index, the glossary and the assets. */
public final class SiteWriter {
    /**
     * A site's files and what could not be included.
     *
     * @param files each file's bytes by its path
     * @param diagnostics images that could not be read, with their source
     */
    public record Written(SortedMap<String, byte[]> files, List<SourceDiagnostic> diagnostics) {
    }

    /** A note's page, with the images and glossary entries it brings to the site. */
    record NotePage(HtmlSource source, ChapterWriter.Chapter chapter, Images images, List<GlossaryLink> glossary) {
    }

    private SiteWriter() {
    }

    /**
     * @param sources the documents, in order
     * @param title the site's title
     * @param executor where note pages are made
     * @return the site
     */
    public static Written write(List<HtmlSource> sources, String title, Executor executor) {
        List<NoteDocument> documents = sources.stream().map(HtmlSource::document).toList();
        Map<String, String> glossaryIds = GlossaryIds.of(documents, EpubEdition.BILINGUAL);
        List<String> files = PageNames.of(sources.stream().map(HtmlSource::path).toList());
        List<CompletableFuture<NotePage>> pending = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            int number = i + 1;
            HtmlSource s = sources.get(i);
            String file = files.get(i);
            pending.add(CompletableFuture.supplyAsync(() -> chapter(s, number, file, glossaryIds), executor));
        }
        List<NotePage> pages = new ArrayList<>();
        Images images = new Images();
        for (CompletableFuture<NotePage> p : pending) {
            NotePage page = Tasks.join(p);
            pages.add(page);
            images.addAll(page.images());
        }
        // A page's frame links its neighbours, so it is made once every chapter is: on the executor
        // too, since marking a whole page's Chinese runs costs as much as writing its chapter.
        List<CompletableFuture<byte[]>> framed = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            NotePage page = pages.get(i);
            NotePage previous = i > 0 ? pages.get(i - 1) : null;
            NotePage next = i + 1 < pages.size() ? pages.get(i + 1) : null;
            framed.add(CompletableFuture.supplyAsync(() -> utf8(NoteView.html(page, previous, next, title)), executor));
        }
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) {
            out.put(pages.get(i).chapter().file(), Tasks.join(framed.get(i)));
        }
        out.put("index.html", utf8(SiteIndex.html(pages, title)));
        SiteGlossary.files(pages, glossaryIds, title, executor).forEach((path, content) -> out.put(path, utf8(content)));
        out.put("site.css", Assets.bytes(SiteWriter.class, "site.css"));
        out.put("site.js", Assets.bytes(SiteWriter.class, "site.js"));
        for (Images.Image image : images.all()) {
            out.put(image.href(), image.bytes());
        }
        return new Written(out, images.diagnostics());
    }

    private static NotePage chapter(HtmlSource s, int number, String file, Map<String, String> glossaryIds) {
        Images images = new Images();
        List<GlossaryLink> glossary = new ArrayList<>();
        ChapterContext ctx = new ChapterContext(file, Packaging.WEB, EpubEdition.BILINGUAL, images, s.directory(),
                s.root(), s.path(), glossary, glossaryIds);
        String name = s.path().substring(s.path().lastIndexOf('/') + 1);
        return new NotePage(s, ChapterWriter.write(s.document(), number, name, ctx, file), images, glossary);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
