package io.github.jingdu.html.internal;

import io.github.jingdu.html.HtmlSite;
import io.github.jingdu.render.internal.HtmlMarkup;
import io.github.jingdu.render.internal.Languages;
import io.github.jingdu.render.internal.Xml;

/**
 * The frame of every page of the site: the head (its own style sheet and script, nothing from
 * elsewhere), a bar with the links between pages, the page's content as its {@code main}.
 */
final class WebPage {
    /** Which page of the site a page is: where it stands, and what the bar marks as current. */
    enum Kind {
        INDEX(""), GLOSSARY(""), GLOSSARY_LETTER("../"), NOTE("../");

        /** The path from the page to the site's root. */
        final String root;

        Kind(String root) {
            this.root = root;
        }
    }

    private WebPage() {
    }

    /**
     * @param title the page's title (the site's title is added)
     * @param siteTitle the site's title
     * @param kind which page this is
     * @param main the page's content, as the renderer writes it, in English with Chinese parts
     *     marked or to be marked
     * @param footer the page's own footer content, or an empty string
     * @return the page as HTML
     */
    static String of(String title, String siteTitle, Kind kind, String main, String footer) {
        return of(title, siteTitle, kind, main, footer, "");
    }

    /**
     * @param title the page's title (the site's title is added)
     * @param siteTitle the site's title
     * @param kind which page this is
     * @param main the page's content
     * @param footer the page's own footer content, or an empty string
     * @param script a script of the site that the page runs before the site's own, or an empty string
     * @return the page as HTML
     */
    static String of(String title, String siteTitle, Kind kind, String main, String footer, String script) {
        String root = kind.root;
        String fullTitle = title.equals(siteTitle) ? title : title + " · " + siteTitle;
        StringBuilder out = new StringBuilder(main.length() + 2048);
        String titleLanguage = Languages.of(fullTitle, Languages.ENGLISH);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(HtmlSite.GENERATOR).append("\n<title")
                .append(titleLanguage.equals(Languages.ENGLISH) ? "" : " lang=\"" + titleLanguage + "\"").append('>')
                .append(Xml.escape(fullTitle)).append("</title>\n<link rel=\"stylesheet\" href=\"").append(root)
                .append("site.css\">\n");
        if (!script.isEmpty()) {
            out.append("<script src=\"").append(root).append(script).append("\" defer></script>\n");
        }
        out.append("<script src=\"").append(root).append("site.js\" defer></script>\n</head>\n<body>\n");
        StringBuilder body = new StringBuilder(main.length() + 1024)
                .append("<a class=\"skip\" href=\"#main\">Skip to the text</a>\n<header class=\"bar\">\n")
                .append("<nav aria-label=\"Site\">\n")
                .append(link(root + "index.html", Xml.escape(siteTitle), kind == Kind.INDEX)).append('\n')
                .append(link(root + "glossary.html", "Glossary 词汇表", kind == Kind.GLOSSARY))
                .append("\n</nav>\n");
        if (kind == Kind.NOTE) {
            // Hidden until the script runs: without it, the button could do nothing.
            body.append("<button type=\"button\" class=\"toggle-translation\" aria-pressed=\"false\"")
                    .append(" aria-keyshortcuts=\"t\" hidden>Hide the translation</button>\n");
        }
        body.append("</header>\n<main id=\"main\" tabindex=\"-1\">\n").append(main).append("</main>\n");
        if (!footer.isEmpty()) {
            body.append("<footer class=\"help\">\n").append(footer).append("</footer>\n");
        }
        out.append(HtmlMarkup.of(Languages.markChineseRuns(body.toString(), Languages.ENGLISH)));
        return out.append("</body>\n</html>\n").toString();
    }

    private static String link(String href, String label, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + label + "</a>";
    }
}
