package io.github.jingdu.epub.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.VocabularyEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What rendering one chapter needs: its file, the edition, the glossary's ids; and what it
 * collects: the chapter's images and glossary entries. One per chapter, for one thread.
 */
final class ChapterContext {
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

    /** The figure as an image with its alt text, or the alt text alone when it was not read. */
    String figure(Figure f) {
        String href = images.add(f, directory, root, documentName);
        String caption = Inline.text(f.title().isEmpty() ? f.alt() : f.title());
        if (href == null) {
            return "<p class=\"figure-missing\">[" + Xml.escape(f.alt()) + "]</p>\n";
        }
        return "<figure>\n<img src=\"" + href + "\" alt=\"" + Xml.escape(f.alt()) + "\"/>\n"
                + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>\n") + "</figure>\n";
    }
}
