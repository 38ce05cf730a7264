/**
 * The versioned JSON form of a document ({@code jingdu-notes}, docs/json.md):
 * {@link io.github.jingdu.json.JsonWriter} writes it, {@link io.github.jingdu.json.JsonReader}
 * reads it back, and {@link io.github.jingdu.json.TermsJsonWriter} writes terms and glossaries.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.json;

import org.jspecify.annotations.NullMarked;
