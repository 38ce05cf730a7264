package io.github.jingdu.html.internal;

import io.github.jingdu.render.internal.Xml;
import org.jspecify.annotations.Nullable;

/** A note's page: its chapter, links to the notes before and after it, and the keys that work. */
final class NoteView {
    private static final String HELP = "<p>Point at or tap a sentence to light up its translation."
            + " Underlined words open their vocabulary note (<kbd>Esc</kbd> closes it).</p>\n"
            + "<p><span class=\"sentence uncertain\">Sentences underlined with dots</span> may not be paired right:"
            + " the aligner was unsure of them.</p>\n"
            // Hidden until the script runs, which gives the keys; they can be turned off (WCAG 2.1.4).
            + "<p class=\"keys\" hidden>Keys: <kbd>j</kbd> next passage, <kbd>k</kbd> previous passage, <kbd>t</kbd>"
            + " hide or show the translation. <label><input type=\"checkbox\" id=\"keys\" checked> Use these"
            + " keys</label></p>\n";

    private NoteView() {
    }

    static String html(SiteWriter.NotePage page, SiteWriter.@Nullable NotePage previous,
            SiteWriter.@Nullable NotePage next, String siteTitle) {
        StringBuilder main = new StringBuilder(page.chapter().body());
        if (previous != null || next != null) {
            main.append("<nav class=\"pager\" aria-label=\"Notes\">\n");
            if (previous != null) {
                main.append("<a rel=\"prev\" href=\"").append(relative(previous)).append("\">← ")
                        .append(Xml.escape(previous.chapter().title())).append("</a>\n");
            }
            if (next != null) {
                main.append("<a rel=\"next\" href=\"").append(relative(next)).append("\">")
                        .append(Xml.escape(next.chapter().title())).append(" →</a>\n");
            }
            main.append("</nav>\n");
        }
        return WebPage.of(page.chapter().title(), siteTitle, WebPage.Kind.NOTE, main.toString(), HELP);
    }

    /** The other page's file from this one: both are in {@code notes/}. */
    private static String relative(SiteWriter.NotePage other) {
        String file = other.chapter().file();
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
