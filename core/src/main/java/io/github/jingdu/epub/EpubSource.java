package io.github.jingdu.epub;

import io.github.jingdu.model.NoteDocument;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document to put in a book, with where its images may be read from.
 *
 * @param document the parsed (and ideally aligned) document
 * @param name a name for messages, such as the file's path
 * @param directory the directory its image paths are relative to, or null to read no image
 * @param root the directory images must stay inside (the input's root), or null for
 *     {@code directory}
 * @since 0.1.0
 */
public record EpubSource(NoteDocument document, String name, @Nullable Path directory, @Nullable Path root) {

    /**
     * Checks that the document and name are given.
     *
     * @param document the parsed (and ideally aligned) document
     * @param name a name for messages, such as the file's path
     * @param directory the directory its image paths are relative to, or null to read no image
     * @param root the directory images must stay inside (the input's root), or null for
     *     {@code directory}
     */
    public EpubSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
    }
}
