package io.github.jingdu.epub.internal;

import io.github.jingdu.model.Example;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.VocabularyEntry;
import java.util.stream.Collectors;

/** Writes a vocabulary entry's note: headword, pronunciation, senses, explanation. */
final class Notes {
    private Notes() {
    }

    /** The inside of a note, without its element. */
    static String body(VocabularyEntry v, String glossaryHref) {
        StringBuilder out = new StringBuilder();
        out.append("<p><b").append(Xhtml.lang("en")).append('>').append(Xml.escape(v.headword())).append("</b>");
        if (!v.pronunciations().isEmpty()) {
            String ipa = v.pronunciations().stream().map(Notes::pronunciation).collect(Collectors.joining(" "));
            out.append(" <span class=\"ipa\">").append(Xml.escape(ipa)).append("</span>");
        }
        out.append("</p>\n");
        if (!v.senses().isEmpty()) {
            out.append("<p class=\"senses\"").append(Xhtml.lang("zh-CN")).append('>')
                    .append(Inline.text(String.join("；", v.senseTexts()))).append("</p>\n");
        }
        if (v.note() != null) {
            out.append("<p class=\"morphology\"").append(Xhtml.lang("zh-CN")).append('>')
                    .append(Xml.escape(v.note())).append("</p>\n");
        }
        if (v.explanation() != null) {
            String lines = MarkdownBlocks.lines(v.explanation().markdown(), "explanation");
            if (!lines.isEmpty()) {
                out.append("<div class=\"explanation\">\n").append(lines).append("</div>\n");
            }
        }
        if (!v.examples().isEmpty()) {
            out.append("<ul class=\"examples\">\n");
            for (Example x : v.examples()) {
                out.append("<li><span").append(Xhtml.lang("en")).append('>').append(Inline.text(x.english()))
                        .append("</span>");
                if (!x.chinese().isEmpty()) {
                    out.append(" <span").append(Xhtml.lang("zh-CN")).append('>').append(Inline.text(x.chinese()))
                            .append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (glossaryHref != null) {
            out.append("<p class=\"to-glossary\"><a href=\"").append(glossaryHref).append("\">词汇表 Glossary</a></p>\n");
        }
        return out.toString();
    }

    private static String pronunciation(Pronunciation p) {
        return (p.region().isEmpty() ? "" : p.region() + " ") + "[" + p.ipa() + "]";
    }
}
