package io.github.jingdu.render.internal;

import io.github.jingdu.model.VocabularyEntry;

/**
 * A vocabulary entry as the book shows it, and where: its chapter file and note id.
 *
 * @param entry the entry
 * @param href the chapter file and the id of the entry's note
 */
public record GlossaryLink(VocabularyEntry entry, String href) {
}
