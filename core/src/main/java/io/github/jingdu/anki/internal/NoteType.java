package io.github.jingdu.anki.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingdu.anki.AnkiWriter;
import java.util.List;

/**
 * Jingdu's Anki note type: the fields of {@link CardFields}, one card (the word in its sentence
 * on the front; meaning, translation, examples and notes on the back) and its style, readable in
 * Anki's night mode.
 */
final class NoteType {
    private static final String FRONT = """
            <div class="word" lang="en">{{Word}}</div>
            {{#Pronunciation}}<div class="ipa">{{Pronunciation}}</div>{{/Pronunciation}}
            {{#Sentence}}<div class="sentence" lang="en">{{Sentence}}</div>{{/Sentence}}""";

    private static final String BACK = """
            {{FrontSide}}
            <hr id="answer">
            <div class="meaning" lang="zh-CN">{{Meaning}}</div>
            {{#Translation}}<div class="translation" lang="zh-CN">{{Translation}}</div>{{/Translation}}
            {{#Examples}}<div class="examples">{{Examples}}</div>{{/Examples}}
            {{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}
            <div class="source">{{Source}}</div>""";

    private static final String CSS = """
            .card { font-family: sans-serif; font-size: 20px; line-height: 1.5; text-align: left;
              color: black; background-color: white; }
            .card.nightMode, .nightMode .card { color: #eee; background-color: #2f2f31; }
            .word { font-size: 1.6em; font-weight: bold; }
            .ipa { font-family: serif; }
            .sentence, .translation { margin: 0.6em 0; }
            .meaning { font-size: 1.2em; }
            .flag { font-size: 0.75em; border: 1px solid currentColor; border-radius: 0.3em; padding: 0 0.3em; }
            .examples ul { padding-left: 1.2em; }
            .notes blockquote { margin: 0.4em 0; padding-left: 0.8em; border-left: 0.2em solid #999; }
            .source { font-size: 0.7em; margin-top: 1em; }
            img { max-width: 100%; height: auto; }""";

    private NoteType() {
    }

    static ObjectNode json(ObjectMapper json, long id, long deckId, long seconds) {
        ObjectNode m = json.createObjectNode();
        m.put("id", id);
        m.put("name", AnkiWriter.NOTE_TYPE);
        m.put("type", 0);
        m.put("mod", seconds);
        m.put("usn", 0);
        m.put("sortf", 0);
        m.put("did", deckId);
        ObjectNode t = m.putArray("tmpls").addObject();
        t.put("name", "Word in its sentence");
        t.put("ord", 0);
        t.put("qfmt", FRONT);
        t.put("afmt", BACK);
        t.put("bqfmt", "");
        t.put("bafmt", "");
        t.putNull("did");
        t.put("bfont", "");
        t.put("bsize", 0);
        ArrayNode fields = m.putArray("flds");
        List<String> names = CardFields.NAMES;
        for (int i = 0; i < names.size(); i++) {
            ObjectNode f = fields.addObject();
            f.put("name", names.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.putArray("media");
        }
        m.put("css", CSS);
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        ArrayNode req = m.putArray("req").addArray();
        req.add(0).add("any").addArray().add(0);
        m.putArray("tags");
        m.putArray("vers");
        return m;
    }
}
