package io.github.jingdu.parse.internal;

import io.github.jingdu.model.Inflection;
import io.github.jingdu.model.Morphology;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a morphology note such as {@code dial的复数} or {@code barter的现在分词形式}. */
final class MorphologyNote {
    private static final Pattern NOTE = Pattern.compile(
            "^([A-Za-z][A-Za-z' -]*?)\\s*的\\s*(过去式和过去分词|过去式|过去分词|现在分词|第三人称单数|复数|比较级|最高级)(?:形式)?$");

    private MorphologyNote() {
    }

    /**
     * @param note the text inside the brackets
     * @return the base form and the inflection, or null when the note says something else
     */
    static Morphology read(String note) {
        Matcher m = NOTE.matcher(note.strip());
        if (!m.matches()) {
            return null;
        }
        for (Inflection i : Inflection.values()) {
            if (i.label().equals(m.group(2))) {
                return new Morphology(m.group(1).strip(), i);
            }
        }
        return null;
    }
}
