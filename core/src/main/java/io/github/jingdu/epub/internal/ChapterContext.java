package io.github.jingdu.epub.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.render.internal.Images;
import io.github.jingdu.render.internal.Languages;
import io.github.jingdu.render.internal.MarkdownXhtml;
import io.github.jingdu.render.internal.Xhtml;
import io.github.jingdu.render.internal.Xml;
import io.github.jingdu.model.VocabularyEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What rendering one chapter needs: its file, the edition, the glossary's ids; and what it
 * collects: the chapter's images and glossary entries. One per chapter, for one thread.
 */
final class ChapterContext {
    /**
     * Alt text that only names the file, as screenshot tools and editors write it
     * ({@code image-20240812171509007}, {@code IMG_2024.png}): no caption, nothing to read aloud.
     */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^(?:image|img|pasted|screenshot|截屏|截图|屏幕截图|微信图片)?[-_ ]?[0-9a-f_ -]{6,}(?:\\.[a-z]{3,4})?$|.*\\.(?:png|jpe?g|gif|webp|svg)$");
    private final String file;
    private final EpubEdition edition;
    private final Images images;
    private final Path directory;
    private final Path root;
    private final String documentName;
    private final List<GlossaryEntry> glossary;
    private final Map<String, String> glossaryIds;

    ChapterContext(String file, EpubEdition edition, Images images, Path directory, Path root, String documentName,
            List<GlossaryEntry> glossary, Map<String, String> glossaryIds) {
        this.file = file;
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

    /** Records an entry for the glossary and returns the link from its note to it. */
    String glossaryHref(VocabularyEntry v, String noteId) {
        glossary.add(new GlossaryEntry(v, file + "#" + noteId));
        return "glossary.xhtml#" + glossaryIds.get(GlossaryIds.key(v));
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
        return (alt, path, title) -> images.add(new Figure(alt, path, title, span, ""), directory, root, documentName);
    }

    /**
     * The figure as an image with its alt text, captioned by its title or by alt text that says
     * something; when it was not read, that alt text alone, and nothing for alt text that only
     * names a file.
     */
    String figure(Figure f) {
        String href = images.add(f, directory, root, documentName);
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

    /** The alt text, or an empty string when it only names a file. */
    static String meaningfulAlt(String alt) {
        String s = alt.strip();
        return FILE_NAME.matcher(s).matches() ? "" : s;
    }
}
