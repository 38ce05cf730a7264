package io.github.jingdu.render.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The glossary's ids, worked out before any chapter is written so that chapters can be written
 * independently, on several threads: {@code g1}, {@code g2}, … in the glossary's own order, one
 * per headword (case aside).
 */
public final class GlossaryIds {
    private GlossaryIds() {
    }

    /**
     * @param documents the book's documents
     * @param edition the edition, which decides whose notes the book shows
     * @return the id of each headword, in lower case, whose note the book shows, in the
     *     glossary's order
     */
    public static Map<String, String> of(List<NoteDocument> documents, EpubEdition edition) {
        Set<String> keys = new LinkedHashSet<>();
        for (NoteDocument d : documents) {
            for (Block b : d.blocks()) {
                // As PassageRenderer: a passage's notes are left out of the translation edition,
                // notes outside a passage are in every edition.
                if (b instanceof Passage p && edition != EpubEdition.TRANSLATION) {
                    p.vocabulary().forEach(v -> keys.add(key(v)));
                } else if (b instanceof StudyNotes n) {
                    n.vocabulary().forEach(v -> keys.add(key(v)));
                }
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String k : sorted(keys)) {
            ids.put(k, "g" + (ids.size() + 1));
        }
        return ids;
    }

    /** @return how the glossary files an entry: its headword in lower case */
    public static String key(VocabularyEntry v) {
        return v.headword().toLowerCase(Locale.ROOT);
    }

    /** @return keys in the glossary's order: English collation, then code points for ties */
    private static List<String> sorted(Collection<String> keys) {
        Collator collator = Collator.getInstance(ULocale.ENGLISH);
        List<String> out = new ArrayList<>(keys);
        out.sort(Comparator.comparing((String k) -> k, collator::compare).thenComparing(Comparator.naturalOrder()));
        return out;
    }
}
