package io.github.jingdu.epub.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.epub.EpubSource;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.render.internal.Assets;
import io.github.jingdu.render.internal.ChapterContext;
import io.github.jingdu.render.internal.ChapterWriter;
import io.github.jingdu.render.internal.GlossaryIds;
import io.github.jingdu.render.internal.GlossaryLink;
import io.github.jingdu.render.internal.Images;
import io.github.jingdu.render.internal.Languages;
import io.github.jingdu.render.internal.Meanings;
import io.github.jingdu.render.internal.Packaging;
import io.github.jingdu.render.internal.Tasks;
import io.github.jingdu.render.internal.Xhtml;
import io.github.jingdu.render.internal.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Lays out a whole book: package document, navigation, title page, chapters, glossary, images. */
public final class BookWriter {
    /**
     * The book's settings.
     *
     * @param title its title
     * @param author its author, or null
     * @param language its main language
     * @param edition which texts it holds
     * @param modified the {@code dcterms:modified} timestamp, such as {@code 2024-08-12T17:51:00Z}
     */
    public record Settings(String title, String author, String language, EpubEdition edition, String modified) {
    }

    private BookWriter() {
    }

    /**
     * Writes the book.
     *
     * @param sources the documents, one chapter each, in order
     * @param settings title, author, language, edition, date
     * @param executor where chapters are written, each on its own; the book is the same whichever
     * @param out where the EPUB goes
     * @return what could not be included (images), as diagnostics with the source that named it
     * @throws IOException if writing fails
     */
    public static List<SourceDiagnostic> write(List<EpubSource> sources, Settings settings, Executor executor,
            OutputStream out) throws IOException {
        Map<String, String> glossaryIds = GlossaryIds.of(sources.stream().map(EpubSource::document).toList(),
                settings.edition());
        List<CompletableFuture<Written>> pending = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            int number = i + 1;
            EpubSource s = sources.get(i);
            pending.add(CompletableFuture.supplyAsync(() -> chapter(s, number, settings, glossaryIds), executor));
        }
        Images images = new Images();
        List<GlossaryLink> glossary = new ArrayList<>();
        List<ChapterWriter.Chapter> chapters = new ArrayList<>();
        for (CompletableFuture<Written> p : pending) {
            Written w = Tasks.join(p);
            chapters.add(w.chapter());
            images.addAll(w.images());
            glossary.addAll(w.glossary());
        }
        String glossaryPage = Xhtml.page("Glossary 词汇表", settings.language(), glossary(glossary, glossaryIds));
        try (DeterministicZip zip = new DeterministicZip(out)) {
            zip.add("META-INF/container.xml", utf8(CONTAINER));
            zip.add("OEBPS/content.opf", utf8(packageDocument(sources, settings, chapters, images)));
            zip.add("OEBPS/nav.xhtml", utf8(navigation(settings, chapters)));
            zip.add("OEBPS/style.css", Assets.bytes(BookWriter.class, "style.css"));
            zip.add("OEBPS/title.xhtml", utf8(titlePage(settings)));
            for (ChapterWriter.Chapter c : chapters) {
                zip.add("OEBPS/" + c.file(), utf8(c.xhtml()));
            }
            zip.add("OEBPS/glossary.xhtml", utf8(glossaryPage));
            for (Images.Image image : images.all()) {
                zip.add("OEBPS/" + image.href(), image.bytes());
            }
        }
        return images.diagnostics();
    }

    /** A chapter with the images and glossary entries it brings to the book. */
    private record Written(ChapterWriter.Chapter chapter, Images images, List<GlossaryLink> glossary) {
    }

    private static Written chapter(EpubSource s, int number, Settings settings, Map<String, String> glossaryIds) {
        String file = String.format(Locale.ROOT, "chapter-%03d.xhtml", number);
        Images images = new Images();
        List<GlossaryLink> glossary = new ArrayList<>();
        ChapterContext ctx = new ChapterContext(file, Packaging.EPUB, settings.edition(), images, s.directory(), s.root(),
                s.name(), glossary, glossaryIds);
        return new Written(ChapterWriter.write(s.document(), number, s.name(), ctx, file), images, glossary);
    }

    private static final String CONTAINER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
            + "<rootfiles>\n<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
            + "</rootfiles>\n</container>\n";

    private static String packageDocument(List<EpubSource> sources, Settings s, List<ChapterWriter.Chapter> chapters,
            Images images) {
        StringBuilder m = new StringBuilder();
        m.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"")
                .append(s.language()).append("\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"uid\">urn:uuid:").append(identifier(sources, s)).append("</dc:identifier>\n")
                .append("<dc:title>").append(Xml.escape(s.title())).append("</dc:title>\n")
                .append("<dc:language>").append(s.language()).append("</dc:language>\n");
        if (s.edition() == EpubEdition.BILINGUAL) {
            m.append("<dc:language>").append(s.language().equals("en") ? "zh-CN" : "en").append("</dc:language>\n");
        }
        if (s.author() != null && !s.author().isBlank()) {
            m.append("<dc:creator>").append(Xml.escape(s.author())).append("</dc:creator>\n");
        }
        m.append("<meta property=\"dcterms:modified\">").append(s.modified()).append("</meta>\n")
                .append("<meta property=\"schema:accessMode\">textual</meta>\n");
        if (!images.all().isEmpty()) {
            m.append("<meta property=\"schema:accessMode\">visual</meta>\n");
        }
        m.append("<meta property=\"schema:accessModeSufficient\">textual</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">readingOrder</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">annotations</meta>\n")
                .append("<meta property=\"schema:accessibilityHazard\">none</meta>\n")
                .append("<meta property=\"schema:accessibilitySummary\">Study notes: each English passage is followed by")
                .append(" its Chinese translation; vocabulary notes are footnotes linked from the words they explain;")
                .append(" images have their authors' alternative text.</meta>\n")
                .append("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level A</meta>\n")
                .append("</metadata>\n<manifest>\n")
                .append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n")
                .append("<item id=\"title\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            m.append("<item id=\"c").append(i + 1).append("\" href=\"").append(chapters.get(i).file())
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        m.append("<item id=\"glossary\" href=\"glossary.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        int n = 0;
        for (Images.Image image : images.all()) {
            m.append("<item id=\"img").append(++n).append("\" href=\"").append(image.href()).append("\" media-type=\"")
                    .append(image.mediaType()).append("\"/>\n");
        }
        m.append("</manifest>\n<spine>\n<itemref idref=\"title\"/>\n");
        for (int i = 0; i < chapters.size(); i++) {
            m.append("<itemref idref=\"c").append(i + 1).append("\"/>\n");
        }
        return m.append("<itemref idref=\"glossary\"/>\n</spine>\n</package>\n").toString();
    }

    private static String navigation(Settings s, List<ChapterWriter.Chapter> chapters) {
        StringBuilder b = new StringBuilder("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\">\n<h1>Contents <span lang=\"zh-CN\" xml:lang=\"zh-CN\">目录</span></h1>\n<ol>\n")
                .append("<li><a href=\"title.xhtml\">").append(Xml.escape(s.title())).append("</a></li>\n");
        for (ChapterWriter.Chapter c : chapters) {
            b.append("<li><a href=\"").append(c.file()).append('"').append(langOf(c.title())).append('>')
                    .append(Xml.escape(c.title())).append("</a>");
            if (!c.sections().isEmpty()) {
                b.append("\n<ol>\n");
                for (String[] section : c.sections()) {
                    String label = section[1].isBlank() ? "§" : section[1];
                    b.append("<li><a href=\"").append(c.file()).append('#').append(section[0]).append('"')
                            .append(langOf(label)).append('>').append(Xml.escape(label)).append("</a></li>\n");
                }
                b.append("</ol>\n");
            }
            b.append("</li>\n");
        }
        b.append("<li><a href=\"glossary.xhtml\">Glossary <span lang=\"zh-CN\" xml:lang=\"zh-CN\">词汇表</span></a></li>\n</ol>\n</nav>\n")
                .append("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n")
                .append("<li><a epub:type=\"titlepage\" href=\"title.xhtml\">Title page</a></li>\n")
                .append("<li><a epub:type=\"bodymatter\" href=\"").append(chapters.isEmpty() ? "glossary.xhtml"
                        : chapters.get(0).file()).append("\">Start of content</a></li>\n")
                .append("<li><a epub:type=\"glossary\" href=\"glossary.xhtml\">Glossary</a></li>\n</ol>\n</nav>\n");
        return Xhtml.page(s.title(), s.language(), b.toString());
    }

    private static String titlePage(Settings s) {
        String body = "<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>" + Xml.escape(s.title()) + "</h1>\n"
                + (s.author() == null || s.author().isBlank() ? "" : "<p class=\"author\">" + Xml.escape(s.author()) + "</p>\n")
                + "<p class=\"edition\">" + switch (s.edition()) {
                    case BILINGUAL -> "English · <span lang=\"zh-CN\" xml:lang=\"zh-CN\">中文</span>";
                    case SOURCE -> "English";
                    case TRANSLATION -> "<span lang=\"zh-CN\" xml:lang=\"zh-CN\">中文</span>";
                } + "</p>\n</section>\n";
        return Xhtml.page(s.title(), s.language(), body);
    }

    private static String glossary(List<GlossaryLink> entries, Map<String, String> ids) {
        Map<String, List<GlossaryLink>> byHead = new LinkedHashMap<>();
        for (GlossaryLink e : entries) {
            byHead.computeIfAbsent(GlossaryIds.key(e.entry()), k -> new ArrayList<>()).add(e);
        }
        List<String> keys = ids.keySet().stream().filter(byHead::containsKey).toList();
        StringBuilder b = new StringBuilder("<section epub:type=\"glossary\" role=\"doc-glossary\" class=\"glossary\">\n<h1>Glossary <span lang=\"zh-CN\" xml:lang=\"zh-CN\">词汇表</span></h1>\n");
        if (keys.isEmpty()) {
            b.append("<p>No vocabulary.</p>\n");
        } else {
            b.append("<dl>\n");
            for (String key : keys) {
                List<GlossaryLink> list = byHead.get(key);
                b.append("<dt id=\"").append(ids.get(key)).append("\"").append(Xhtml.lang("en")).append('>')
                        .append(Xml.escape(list.get(0).entry().headword())).append("</dt>\n");
                for (GlossaryLink e : list) {
                    String meaning = Meanings.of(e.entry());
                    b.append("<dd").append(Xhtml.lang(Languages.of(meaning, Languages.CHINESE))).append('>')
                            .append(meaning.isEmpty() ? "—" : Xml.escape(meaning)).append(" <a href=\"").append(e.href())
                            .append("\" aria-label=\"back to the text\">↩</a></dd>\n");
                }
            }
            b.append("</dl>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** A {@code lang} for Chinese text in an English page, else nothing. */
    private static String langOf(String text) {
        return Languages.of(text, Languages.ENGLISH).equals(Languages.CHINESE) ? Xhtml.lang(Languages.CHINESE) : "";
    }

    private static String identifier(List<EpubSource> sources, Settings s) {
        StringBuilder all = new StringBuilder(s.title()).append('\u0000').append(s.edition());
        for (EpubSource source : sources) {
            all.append('\u0000').append(source.name());
            source.document().blocks().forEach(block -> all.append(block.raw()));
        }
        return UUID.nameUUIDFromBytes(all.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
