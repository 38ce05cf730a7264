package io.github.jingdu.lsp.internal;

import io.github.jingdu.model.Example;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;

/** A vocabulary entry as the Markdown of a hover: headword, pronunciations, senses, note, examples. */
final class EntryHover {

    private EntryHover() {
    }

    static String markdown(VocabularyEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(escape(e.headword())).append("**");
        if (!e.variants().isEmpty()) {
            sb.append(" (").append(escape(String.join(", ", e.variants()))).append(')');
        }
        if (e.partOfSpeech() != null) {
            sb.append(" *").append(escape(e.partOfSpeech())).append('*');
        }
        List<String> sounds = new ArrayList<>();
        for (Pronunciation p : e.pronunciations()) {
            sounds.add((p.region().isEmpty() ? "" : p.region() + " ") + "/" + p.ipa() + "/");
        }
        if (!sounds.isEmpty()) {
            sb.append("  \n").append(escape(String.join(" · ", sounds)));
        }
        if (e.expansion() != null) {
            sb.append("  \n").append(escape(e.expansion()));
        }
        if (!e.senses().isEmpty()) {
            sb.append("\n");
            int n = 1;
            for (Sense s : e.senses()) {
                sb.append('\n').append(n++).append(". ");
                if (s.domain() != null) {
                    sb.append('[').append(escape(s.domain())).append("] ");
                }
                sb.append(escape(s.text()));
            }
        } else if (!e.gloss().isEmpty()) {
            sb.append("\n\n").append(escape(e.gloss()));
        }
        if (e.note() != null) {
            sb.append("\n\n*").append(escape(e.note())).append('*');
        }
        List<Example> examples = new ArrayList<>(e.examples());
        if (e.explanation() != null) {
            examples.addAll(e.explanation().examples());
        }
        for (Example x : examples) {
            sb.append("\n\n> ").append(escape(x.english()));
            if (!x.chinese().isEmpty()) {
                sb.append("  \n> ").append(escape(x.chinese()));
            }
        }
        return sb.toString();
    }

    /** Keeps the author's text as text: characters that Markdown would read as syntax are escaped. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }
}
