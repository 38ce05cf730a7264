package io.github.jingdu.render.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What rendering one chapter needs: its file, the edition, how it is packaged, the glossary's
 * ids; and what it collects: the chapter's images and glossary entries. One per chapter, for one
 * thread.
 */
public final class ChapterContext {
    /**
     * Alt text that only names the file, as screenshot tools and editors write it
     * ({@code image-20240812171509007}, {@code IMG_2024.png}): no caption, nothing to read aloud.
     */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^(?:image|img|pasted|screenshot|截屏|截图|屏幕截图|微信图片)?[-_ ]?[0-9a-f_ -]{6,}(?:\\.[a-z]{3,4})?$|.*\\.(?:png|jpe?g|gif|webp|svg)$");
    private final String file;
    private final Packaging packaging;
    private final EpubEdition edition;
    private final Images images;
    private final Path directory;
    private final Path root;
    private final String documentName;
    private final List<GlossaryLink> glossary;
    private final Map<String, String> glossaryIds;

    /**
     * @param file the chapter's file, from the root of the book or site
     * @param packaging the book's or the site's conventions
     * @param edition which texts the chapter holds
     * @param images where its images are collected
     * @param directory the directory its image paths are relative to, or null to read none
     * @param root the directory images must stay inside, or null for {@code directory}
     * @param documentName the document's name, for messages
     * @param glossary where its glossary entries are collected
     * @param glossaryIds the glossary's ids ({@link GlossaryIds#of})
     */
    public ChapterContext(String file, Packaging packaging, EpubEdition edition, Images images, Path directory, Path root,
            String documentName, List<GlossaryLink> glossary, Map<String, String> glossaryIds) {
        this.file = file;
        this.packaging = packaging;
        this.edition = edition;
        this.images = images;
        this.directory = directory;
        this.root = root;
        this.documentName = documentName;
        this.glossary = glossary;
        this.glossaryIds = glossaryIds;
    }

    EpubEdition edition() {
        return edition;
    }

    Packaging packaging() {
        return packaging;
    }

    /** Records an entry for the glossary and returns the link from its note to it. */
    String glossaryHref(VocabularyEntry v, String noteId) {
        glossary.add(new GlossaryLink(v, file + "#" + noteId));
        String key = GlossaryIds.key(v);
        return packaging.glossaryLink(key, glossaryIds.get(key));
    }

    /** The renderer of Markdown. */
    MarkdownXhtml markdown() {
        return MarkdownXhtml.get();
    }

    /**
     * Where the images of Markdown written at a place go: into the book, as figures are.
     *
     * @param span where the Markdown stands, for messages
     */
    MarkdownXhtml.ImageSink images(SourceSpan span) {
        return (alt, path, title) -> packaged(images.add(new Figure(alt, path, title, span, ""), directory, root,
                documentName));
    }

    /**
     * The figure as an image with its alt text, captioned by its title or by alt text that says
     * something; when it was not read, that alt text alone, and nothing for alt text that only
     * names a file.
     */
    String figure(Figure f) {
        String href = packaged(images.add(f, directory, root, documentName));
        String alt = meaningfulAlt(f.alt());
        String caption = f.title().isBlank() ? alt : f.title().strip();
        String lang = Xhtml.lang(Languages.of(caption, Languages.ENGLISH));
        if (href == null) {
            return caption.isEmpty() ? "" : "<p class=\"figure-missing\"" + lang + ">" + Xml.escape(caption) + "</p>\n";
        }
        return "<figure>\n<img src=\"" + href + "\" alt=\"" + Xml.escape(alt) + "\"/>\n"
                + (caption.isEmpty() ? "" : "<figcaption" + lang + ">" + Xml.escape(caption) + "</figcaption>\n")
                + "</figure>\n";
    }

    /** An image's href from the chapter, or null. */
    private String packaged(String href) {
        return href == null ? null : packaging.rootFromChapter() + href;
    }

    /** The alt text, or an empty string when it only names a file. */
    static String meaningfulAlt(String alt) {
        String s = alt.strip();
        return FILE_NAME.matcher(s).matches() ? "" : s;
    }
}
