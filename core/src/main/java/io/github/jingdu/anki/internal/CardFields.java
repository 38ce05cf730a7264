package io.github.jingdu.anki.internal;

import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.model.Example;
import io.github.jingdu.render.internal.Languages;
import io.github.jingdu.render.internal.MarkdownXhtml;
import io.github.jingdu.render.internal.Xml;
import java.util.List;

/**
 * The fields of Jingdu's Anki note type, as HTML: the word, its pronunciation, meaning, the
 * sentence with the word in bold, its translation, the examples, the explanation (Markdown
 * rendered like the EPUB's) and where the entry was written.
 */
public final class CardFields {
    /** The fields' names, in order. */
    public static final List<String> NAMES = List.of("Word", "Pronunciation", "Meaning", "Sentence", "Translation",
            "Examples", "Notes", "Source");

    private CardFields() {
    }

    /**
     * @param card a card
     * @param images where the explanation's images go
     * @return the values of {@link #NAMES}, in order
     */
    public static List<String> of(Flashcard card, MarkdownXhtml.ImageSink images) {
        StringBuilder meaning = new StringBuilder(Xml.escape(card.meanings()));
        for (String flag : card.flags()) {
            meaning.append(meaning.length() == 0 ? "" : " ").append("<span class=\"flag\">").append(Xml.escape(flag))
                    .append("</span>");
        }
        return List.of(Xml.escape(card.word()), Xml.escape(card.pronunciation()), meaning.toString(), sentence(card),
                Xml.escape(card.translation()), examples(card.examples()), notes(card.explanation(), images),
                Xml.escape(card.source()));
    }

    private static String sentence(Flashcard c) {
        if (c.highlightStart() < 0) {
            return Xml.escape(c.sentence());
        }
        String s = c.sentence();
        return Xml.escape(s.substring(0, c.highlightStart())) + "<b>"
                + Xml.escape(s.substring(c.highlightStart(), c.highlightEnd())) + "</b>" + Xml.escape(s.substring(c.highlightEnd()));
    }

    private static String examples(List<Example> examples) {
        if (examples.isEmpty()) {
            return "";
        }
        MarkdownXhtml markdown = MarkdownXhtml.get();
        StringBuilder out = new StringBuilder("<ul class=\"examples\">");
        for (Example x : examples) {
            out.append("<li><span lang=\"en\">").append(markdown.inline(x.english(), MarkdownXhtml.NO_IMAGES))
                    .append("</span>");
            if (!x.chinese().isEmpty()) {
                out.append(" <span lang=\"zh-CN\">").append(markdown.inline(x.chinese(), MarkdownXhtml.NO_IMAGES))
                        .append("</span>");
            }
            out.append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String notes(String explanation, MarkdownXhtml.ImageSink images) {
        if (explanation.isBlank()) {
            return "";
        }
        String language = Languages.of(explanation, Languages.CHINESE);
        return Languages.tag(MarkdownXhtml.get().blocks(explanation, images), language).strip();
    }
}
