package io.github.jingdu.model;

import java.util.List;

/**
 * How two renditions of one text correspond: paragraph by paragraph, and sentence by sentence.
 *
 * @param paragraphs beads over the two sides' paragraphs
 * @param sentences the sentences of both sides and the beads that pair them
 * @since 0.1.0
 */
public record RenditionAlignment(List<Bead> paragraphs, SentenceAlignment sentences) {

    /**
     * Copies the list.
     *
     * @param paragraphs beads over the two sides' paragraphs
     * @param sentences the sentences of both sides and the beads that pair them
     */
    public RenditionAlignment {
        paragraphs = List.copyOf(paragraphs);
    }
}
