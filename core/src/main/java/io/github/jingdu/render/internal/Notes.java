package io.github.jingdu.render.internal;

import io.github.jingdu.model.Example;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.VocabularyEntry;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a vocabulary entry's note: headword, pronunciation, part of speech, senses with their
 * domain tags, flags, the morphology note, the quote that explains it, examples.
 */
public final class Notes {
    private static final MarkdownXhtml MARKDOWN = MarkdownXhtml.get();

    private Notes() {
    }

    /** The inside of a note, without its element. */
    public static String body(VocabularyEntry v, @Nullable String glossaryHref) {
        StringBuilder out = new StringBuilder(summary(v));
        if (v.note() != null) {
            out.append("<p class=\"morphology\"").append(Xhtml.lang(Languages.of(v.note(), Languages.CHINESE))).append('>')
                    .append(Xml.escape(v.note())).append("</p>\n");
        }
        if (v.explanation() != null) {
            String html = MARKDOWN.blocks(v.explanation().markdown(), MarkdownXhtml.NO_IMAGES);
            if (!html.isEmpty()) {
                String language = Languages.of(v.explanation().markdown(), Languages.CHINESE);
                out.append("<blockquote class=\"explanation\"").append(Xhtml.lang(language)).append(">\n")
                        .append(Languages.tag(html, language)).append("</blockquote>\n");
            }
        }
        if (!v.examples().isEmpty()) {
            out.append("<ul class=\"examples\">\n");
            for (Example x : v.examples()) {
                out.append("<li><span").append(Xhtml.lang(Languages.ENGLISH)).append('>')
                        .append(MARKDOWN.inline(x.english(), MarkdownXhtml.NO_IMAGES)).append("</span>");
                if (!x.chinese().isEmpty()) {
                    out.append(" <span").append(Xhtml.lang(Languages.CHINESE)).append('>')
                            .append(MARKDOWN.inline(x.chinese(), MarkdownXhtml.NO_IMAGES)).append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (glossaryHref != null) {
            out.append("<p class=\"to-glossary\"><a href=\"").append(glossaryHref).append("\"><span")
                    .append(Xhtml.lang(Languages.CHINESE)).append(">词汇表</span> Glossary</a></p>\n");
        }
        return out.toString();
    }

    /**
     * The beginning of a note: headword, pronunciations, part of speech, flags, and the senses
     * with their domains (or the expansion of an abbreviation).
     */
    public static String summary(VocabularyEntry v) {
        StringBuilder out = new StringBuilder();
        out.append("<p><b").append(Xhtml.lang("en")).append('>').append(Xml.escape(v.headword())).append("</b>");
        if (!v.pronunciations().isEmpty()) {
            out.append(" <span class=\"ipa\">").append(v.pronunciations().stream().map(Notes::pronunciation)
                    .collect(Collectors.joining(" "))).append("</span>");
        }
        if (v.partOfSpeech() != null && !v.partOfSpeech().isBlank()) {
            out.append(" <i class=\"pos\">").append(Xml.escape(v.partOfSpeech())).append("</i>");
        }
        for (String flag : v.flags()) {
            out.append(" <span class=\"flag\"").append(Xhtml.lang(Languages.of(flag, Languages.CHINESE))).append('>')
                    .append(Xml.escape(flag)).append("</span>");
        }
        out.append("</p>\n");
        if (!v.senses().isEmpty()) {
            out.append("<p class=\"senses\"").append(Xhtml.lang(Languages.CHINESE)).append('>');
            for (int i = 0; i < v.senses().size(); i++) {
                Sense s = v.senses().get(i);
                out.append(i == 0 ? "" : "；");
                if (s.domain() != null) {
                    out.append("<span class=\"domain\">[").append(Xml.escape(s.domain())).append("]</span>");
                }
                out.append(MARKDOWN.inline(s.text(), MarkdownXhtml.NO_IMAGES));
            }
            out.append("</p>\n");
        } else if (v.expansion() != null && !v.expansion().isBlank()) {
            out.append("<p class=\"senses\"").append(Xhtml.lang(Languages.of(v.expansion(), Languages.ENGLISH))).append('>')
                    .append(MARKDOWN.inline(v.expansion(), MarkdownXhtml.NO_IMAGES)).append("</p>\n");
        }
        return out.toString();
    }

    private static String pronunciation(Pronunciation p) {
        String region = p.region().isEmpty() ? ""
                : "<span" + Xhtml.lang(Languages.of(p.region(), Languages.CHINESE)) + ">" + Xml.escape(p.region()) + "</span> ";
        return region + "[" + Xml.escape(p.ipa()) + "]";
    }
}
