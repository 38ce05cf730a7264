/**
 * The web reader: {@link io.github.jingdu.html.HtmlSiteWriter} makes a static bilingual reading
 * site from documents ({@link io.github.jingdu.html.HtmlSource}), where pointing at a sentence
 * lights up its translation, with vocabulary pop-ups, a searchable glossary and an index of the
 * notes. The pages come from the renderer the EPUB uses.
 *
 * @since 0.2.0
 */
@NullMarked
package io.github.jingdu.html;

import org.jspecify.annotations.NullMarked;
