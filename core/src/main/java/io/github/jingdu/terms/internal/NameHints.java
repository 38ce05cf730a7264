package io.github.jingdu.terms.internal;

import io.github.jingdu.align.Lexicon;
import io.github.jingdu.terms.Abbreviation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What helps to tell where the Chinese name of an abbreviation begins, beyond the Chinese text
 * itself: a dictionary, and the English definitions that the same document gives for the same
 * short forms, with the words written just before each ({@code to leave} the European Convention
 * on Human Rights).
 *
 * @param lexicon Chinese words with their English stems; empty for none
 * @param definitions the English definitions by short form
 */
public record NameHints(Lexicon lexicon, Map<String, List<EnglishDefinition>> definitions) {
    /** No dictionary, no definitions. */
    public static final NameHints NONE = new NameHints(Lexicon.empty(), Map.of());
    /** How far before a long form its sentence is read, in characters. */
    private static final int BEFORE = 60;
    /**
     * The most definitions kept for one short form: every Chinese name of it is read against each,
     * and a text that defines one short form thousands of times must not cost the square of that.
     */
    private static final int MOST_PER_SHORT_FORM = 8;

    /**
     * One English definition.
     *
     * @param longForm the long form
     * @param before the words of its sentence just before it
     */
    public record EnglishDefinition(String longForm, String before) {
    }

    /** Copies the map and its lists: a record's parts do not change. */
    public NameHints {
        Map<String, List<EnglishDefinition>> copy = new LinkedHashMap<>();
        definitions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        definitions = Map.copyOf(copy);
    }

    /**
     * Collects the English definitions of paragraphs.
     *
     * @param lexicon the dictionary
     * @param paragraphs the paragraphs' texts
     * @param found the abbreviations defined in each paragraph, in the same order
     * @return the hints; {@link #NONE} when no paragraph defines anything
     */
    public static NameHints of(Lexicon lexicon, List<String> paragraphs, List<List<Abbreviation>> found) {
        Map<String, List<EnglishDefinition>> definitions = new LinkedHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            for (Abbreviation a : found.get(i)) {
                int from = Math.max(0, a.longStart() - BEFORE);
                for (int j = a.longStart() - 1; j >= from; j--) {
                    if (".!?;:。！？；：".indexOf(text.charAt(j)) >= 0) {
                        from = j + 1;
                        break;
                    }
                }
                List<EnglishDefinition> known = definitions.computeIfAbsent(a.shortForm(), k -> new ArrayList<>());
                EnglishDefinition d = new EnglishDefinition(a.longForm(), text.substring(from, a.longStart()));
                if (known.size() < MOST_PER_SHORT_FORM && !known.contains(d)) {
                    known.add(d);
                }
            }
        }
        return definitions.isEmpty() ? NONE : new NameHints(lexicon, definitions);
    }

    /**
     * Returns the English definitions known for a short form, its plural's included ({@code LLMs}
     * for {@code LLM}), at most {@link #MOST_PER_SHORT_FORM}.
     *
     * @param shortForm a short form
     * @return the definitions, empty when none is known
     */
    List<EnglishDefinition> definitionsOf(String shortForm) {
        List<EnglishDefinition> out = new ArrayList<>(definitions.getOrDefault(shortForm, List.of()));
        for (EnglishDefinition d : definitions.getOrDefault(shortForm + "s", List.of())) {
            if (out.size() < MOST_PER_SHORT_FORM) {
                out.add(d);
            }
        }
        return out;
    }
}
