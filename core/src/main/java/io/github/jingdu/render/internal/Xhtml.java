package io.github.jingdu.render.internal;

/** The frame of an XHTML content document. */
public final class Xhtml {
    private Xhtml() {
    }

    /**
     * @param title the document's title
     * @param language its main language, such as {@code en}
     * @param body the body's content
     * @return a complete XHTML5 document
     */
    public static String page(String title, String language, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + language + "\" xml:lang=\"" + language + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title"
                + (Languages.of(title, language).equals(language) ? "" : lang(Languages.of(title, language))) + ">"
                + Xml.escape(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n"
                + "</head>\n<body>\n" + Languages.markChineseRuns(body, language) + "</body>\n</html>\n";
    }

    /**
     * @param language {@code en} or {@code zh-CN}
     * @return {@code lang} and {@code xml:lang} attributes
     */
    public static String lang(String language) {
        return " lang=\"" + language + "\" xml:lang=\"" + language + "\"";
    }
}
