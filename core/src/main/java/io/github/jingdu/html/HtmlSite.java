package io.github.jingdu.html;

import io.github.jingdu.model.SourceDiagnostic;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A site as its files: {@code index.html}, {@code glossary.html} with a page per initial letter
 * under {@code glossary/}, one page per note under
 * {@code notes/}, {@code site.css}, {@code site.js} and the images, by their path from the
 * site's root (folders separated by {@code /}).
 *
 * @param files the content of each file, by path, in path order; the arrays are the site's own:
 *     do not change them
 * @param diagnostics what could not be included, such as images that are missing or outside the
 *     input, each with the path of the source whose position it gives
 * @since 0.2.0
 */
public record HtmlSite(SortedMap<String, byte[]> files, List<SourceDiagnostic> diagnostics) {
    /**
     * The element in the head of every page of a site this library makes: a tool can tell such a
     * site by its {@code index.html}, before it writes a new one over it.
     */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"Jingdu\">";

    /**
     * Copies the map and the list.
     *
     * @param files the content of each file, by path
     * @param diagnostics what could not be included
     */
    public HtmlSite {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        diagnostics = List.copyOf(diagnostics);
    }
}
