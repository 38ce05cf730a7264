package io.github.jingdu.render.internal;

import java.util.regex.Pattern;

/**
 * The renderer's XHTML as HTML for a web page. The renderer writes one markup for both
 * packagings; what only XML allows goes here: {@code xml:lang} (HTML has {@code lang}, which the
 * renderer writes beside it) and EPUB's {@code epub:type} (the ARIA roles beside it stay).
 * Attribute values and text are escaped by the renderer, so a quote inside either cannot start
 * a match.
 */
public final class HtmlMarkup {
    private static final Pattern XML_ONLY = Pattern.compile(" (?:xml:lang|epub:type)=\"[^\"]*\"");

    private HtmlMarkup() {
    }

    /**
     * @param xhtml content written by the renderer, with its Chinese runs marked
     * @return the same content as HTML
     */
    public static String of(String xhtml) {
        return XML_ONLY.matcher(xhtml).replaceAll("");
    }
}
