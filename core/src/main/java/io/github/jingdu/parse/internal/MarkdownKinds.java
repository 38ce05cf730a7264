package io.github.jingdu.parse.internal;

import io.github.jingdu.model.MarkdownKind;
import java.util.regex.Pattern;

/** Names what a generic block looks like from its first line. */
final class MarkdownKinds {
    private static final Pattern LIST = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)");

    private MarkdownKinds() {
    }

    static MarkdownKind of(String firstLine, LineKind kind) {
        if (kind == LineKind.FENCE) {
            return MarkdownKind.CODE;
        }
        if (kind == LineKind.QUOTE) {
            return MarkdownKind.QUOTE;
        }
        String s = firstLine.strip();
        if (ThematicBreaks.is(firstLine, 3)) {
            return MarkdownKind.THEMATIC_BREAK;
        }
        if (LIST.matcher(firstLine).find()) {
            return MarkdownKind.LIST;
        }
        if (s.startsWith("|")) {
            return MarkdownKind.TABLE;
        }
        if (s.startsWith("<")) {
            return MarkdownKind.HTML;
        }
        return MarkdownKind.PARAGRAPH;
    }
}
