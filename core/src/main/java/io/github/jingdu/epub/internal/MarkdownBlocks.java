package io.github.jingdu.epub.internal;

import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.parse.internal.QuoteLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders generic Markdown blocks as XHTML: paragraphs, lists, tables, quotes, code. */
final class MarkdownBlocks {
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}([-+*]|\\d{1,9}[.)])\\s+(.*)$");

    private MarkdownBlocks() {
    }

    static String render(MarkdownKind kind, String markdown) {
        List<String> lines = List.of(markdown.split("\n", -1));
        return switch (kind) {
            case CODE -> code(lines);
            case TABLE -> table(lines);
            case LIST -> list(lines);
            case QUOTE -> quote(lines);
            case THEMATIC_BREAK -> "<hr/>\n";
            case HTML -> "<pre class=\"html\">" + Xml.escape(markdown) + "</pre>\n";
            case BLANK -> "";
            default -> paragraph(lines);
        };
    }

    /** Each non-blank line of explanation or note text as a paragraph. */
    static String lines(String markdown, String cssClass) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher item = ITEM.matcher(s);
            String text = item.matches() ? "• " + Inline.text(item.group(2)) : Inline.text(s);
            if (!text.isEmpty()) {
                out.append("<p class=\"").append(cssClass).append("\">").append(text).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static String paragraph(List<String> lines) {
        String text = Inline.text(String.join(" ", lines));
        return text.isEmpty() ? "" : "<p>" + text + "</p>\n";
    }

    private static String code(List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        if (!body.isEmpty()) {
            body.remove(0);
        }
        if (!body.isEmpty()) {
            String last = body.get(body.size() - 1).strip();
            if (last.startsWith("```") || last.startsWith("~~~")) {
                body.remove(body.size() - 1);
            }
        }
        return "<pre><code>" + Xml.escape(String.join("\n", body)) + "</code></pre>\n";
    }

    private static String table(List<String> lines) {
        StringBuilder out = new StringBuilder("<table>\n");
        boolean header = true;
        for (String line : lines) {
            String s = line.strip();
            // Possessive: Java runs a greedy repeated group by recursion, a frame per cell.
            if (s.matches("^\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*+\\|?$")) {
                continue;
            }
            if (s.startsWith("|")) {
                s = s.substring(1);
            }
            if (s.endsWith("|")) {
                s = s.substring(0, s.length() - 1);
            }
            out.append("<tr>");
            for (String cell : s.split("\\|", -1)) {
                String tag = header ? "th" : "td";
                out.append('<').append(tag).append('>').append(Inline.text(cell)).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
            header = false;
        }
        return out.append("</table>\n").toString();
    }

    private static String list(List<String> lines) {
        Matcher first = ITEM.matcher(lines.get(0));
        boolean ordered = first.matches() && Character.isDigit(first.group(1).charAt(0));
        List<StringBuilder> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                items.add(new StringBuilder(m.group(2)));
            } else if (!items.isEmpty()) {
                items.get(items.size() - 1).append(' ').append(line.strip());
            } else {
                items.add(new StringBuilder(line.strip()));
            }
        }
        String tag = ordered ? "ol" : "ul";
        StringBuilder out = new StringBuilder("<").append(tag).append(">\n");
        for (StringBuilder item : items) {
            out.append("<li>").append(Inline.text(item.toString())).append("</li>\n");
        }
        return out.append("</").append(tag).append(">\n").toString();
    }

    private static String quote(List<String> lines) {
        StringBuilder inner = new StringBuilder();
        for (String line : lines) {
            inner.append(QuoteLines.unquote(line)).append('\n');
        }
        String body = lines(inner.toString(), "quote");
        return body.isEmpty() ? "" : "<blockquote>\n" + body + "</blockquote>\n";
    }
}
