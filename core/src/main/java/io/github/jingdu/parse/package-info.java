/**
 * Reading notes: {@link io.github.jingdu.parse.NotesParser} turns bytes or text into a
 * {@link io.github.jingdu.model.NoteDocument}, without ever throwing on content.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.parse;

import org.jspecify.annotations.NullMarked;
