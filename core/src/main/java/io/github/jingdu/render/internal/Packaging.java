package io.github.jingdu.render.internal;

import java.text.Normalizer;

/**
 * How chapters are packaged: in an EPUB, every file beside the others and one glossary page; on a
 * web site, note pages one folder below the site's root, the glossary one page per initial letter,
 * and sentences that carry their bead for scripts.
 *
 * @param web whether the chapter is a web page (sentences carry {@code data-bead}; the page is
 *     turned into HTML by {@link HtmlMarkup})
 * @param rootFromChapter the path from the chapter to the root of the book or site: empty, or
 *     {@code ../}
 */
public record Packaging(boolean web, String rootFromChapter) {
    /** An EPUB's chapters: {@code OEBPS/chapter-001.xhtml} beside {@code OEBPS/glossary.xhtml}. */
    public static final Packaging EPUB = new Packaging(false, "");

    /** A web site's note pages: {@code notes/x.html}, beside {@code glossary/x.html}. */
    public static final Packaging WEB = new Packaging(true, "../");

    /**
     * @param key the headword's glossary key ({@link GlossaryIds#key})
     * @param id its glossary id
     * @return the link from a chapter to the headword's glossary entry
     */
    public String glossaryLink(String key, String id) {
        return web ? rootFromChapter + webGlossaryPage(key) + "#" + id : "glossary.xhtml#" + id;
    }

    /**
     * The web glossary's page for a headword, by the first letter or digit of its key, accents
     * aside: {@code glossary/a.html} to {@code glossary/z.html}, and {@code glossary/other.html}
     * for digits and other scripts. One page of every word of a large collection would be
     * megabytes, slow to open on a phone.
     *
     * @param key the headword's glossary key
     * @return the page's path from the site's root
     */
    public static String webGlossaryPage(String key) {
        String folded = Normalizer.normalize(key, Normalizer.Form.NFD);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return "glossary/" + Character.toLowerCase(c) + ".html";
            }
            if (Character.isLetterOrDigit(c)) {
                break;
            }
        }
        return "glossary/other.html";
    }
}
