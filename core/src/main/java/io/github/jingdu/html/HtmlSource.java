package io.github.jingdu.html;

import io.github.jingdu.model.NoteDocument;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One document to put on a site, with its path and where its images may be read from.
 *
 * @param document the parsed (and ideally aligned) document: without alignments, sentences are
 *     not paired
 * @param path its path from the root of the notes, folders separated by {@code /}, such as
 *     {@code Magazines/2024/0810.md}: it names the note's page, its folder is its section of the
 *     index, and messages give it
 * @param directory the directory its image paths are relative to, or null to read no image
 * @param root the directory images must stay inside (the input's root), or null for
 *     {@code directory}
 * @since 0.2.0
 */
public record HtmlSource(NoteDocument document, String path, @Nullable Path directory, @Nullable Path root) {

    /**
     * Checks that the document and path are given.
     *
     * @param document the parsed (and ideally aligned) document
     * @param path its path from the root of the notes, folders separated by {@code /}
     * @param directory the directory its image paths are relative to, or null to read no image
     * @param root the directory images must stay inside, or null for {@code directory}
     */
    public HtmlSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(path, "path");
    }
}
