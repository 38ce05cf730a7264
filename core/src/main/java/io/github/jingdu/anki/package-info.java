/**
 * Flashcards: {@link io.github.jingdu.anki.Flashcards} makes one
 * {@link io.github.jingdu.anki.Flashcard} per vocabulary entry, and
 * {@link io.github.jingdu.anki.ApkgWriter}, {@link io.github.jingdu.anki.AnkiWriter} and
 * {@link io.github.jingdu.anki.CsvDeckWriter} write them for Anki and spreadsheets.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.anki;

import org.jspecify.annotations.NullMarked;
