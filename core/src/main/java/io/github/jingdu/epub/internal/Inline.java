package io.github.jingdu.epub.internal;

import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.parse.internal.InlineText;

/** Plain text of inline Markdown, escaped for XHTML. */
final class Inline {
    private static final InlineText TEXT = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    private Inline() {
    }

    static String text(String markdown) {
        return Xml.escape(TEXT.plain(markdown.strip()));
    }
}
