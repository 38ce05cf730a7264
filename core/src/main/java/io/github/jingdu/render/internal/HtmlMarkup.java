package io.github.jingdu.render.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renderer's XHTML as HTML for a web page. The renderer writes one markup for both
 * packagings; what only XML allows goes here: {@code xml:lang} (HTML has {@code lang}, which the
 * renderer writes beside it) and EPUB's {@code epub:type} (the ARIA roles beside it stay). Each
 * start tag is read attribute by attribute, so text inside a value (an image's alt text that
 * says {@code epub:type=}) is never taken for an attribute: the renderer escapes {@code <},
 * {@code >} and quotes in text and values.
 */
public final class HtmlMarkup {
    private static final Pattern TAG_NAME = Pattern.compile("<[A-Za-z][A-Za-z0-9]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\G(\\s+)([^\\s=\"/>]+)(=\"[^\"]*\")?");

    private HtmlMarkup() {
    }

    /**
     * @param xhtml content written by the renderer, with its Chinese runs marked
     * @return the same content as HTML
     */
    public static String of(String xhtml) {
        StringBuilder out = new StringBuilder(xhtml.length());
        Matcher tag = TAG_NAME.matcher(xhtml);
        Matcher attribute = ATTRIBUTE.matcher(xhtml);
        int copied = 0;
        while (tag.find(copied)) {
            out.append(xhtml, copied, tag.end());
            int at = tag.end();
            attribute.region(at, xhtml.length());
            while (attribute.lookingAt()) {
                String name = attribute.group(2);
                if (!name.equals("xml:lang") && !name.equals("epub:type")) {
                    out.append(xhtml, attribute.start(), attribute.end());
                }
                at = attribute.end();
                attribute.region(at, xhtml.length());
            }
            copied = at;
        }
        return out.append(xhtml, copied, xhtml.length()).toString();
    }
}
