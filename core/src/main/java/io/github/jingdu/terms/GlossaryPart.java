package io.github.jingdu.terms;

import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.terms.internal.WordForms;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The vocabulary of some notes as a part of a {@link Glossary}, to be merged with the parts of
 * other notes in any grouping and any order: on many threads, or on many machines in a
 * distributed engine's combine step.
 *
 * <p>Each note is given an ordinal, its place in the order the glossary is made in (a folder's
 * files in path order, say). Everything a part holds carries where it was first met: the note's
 * ordinal, the entry's place in the note and the item's place in the entry. Merging keeps the
 * earliest place of each item, adds frequencies and unites sources, so it is associative and
 * commutative, and the glossary of the merged parts is the one {@link Glossary.Builder} gives when
 * the notes are added in the order of their ordinals.
 *
 * <pre>{@code
 * GlossaryPart a = GlossaryPart.of(0, "a.md", parser.parse(textA));
 * GlossaryPart b = GlossaryPart.of(1, "b.md", parser.parse(textB));
 * Glossary glossary = b.merge(a).glossary(GlossaryOrder.ENGLISH);
 * }</pre>
 *
 * <p>Parts are immutable and thread-safe. They are {@link Serializable} so that a part can travel
 * between workers; the serialized form is that of one version of Jingdu, not a file format.
 *
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public final class GlossaryPart implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final GlossaryPart EMPTY = new GlossaryPart(Map.of());

    /** The headwords, by the key entries are merged on (lower case, American spelling). */
    private final Map<String, Headword> byKey;

    private GlossaryPart(Map<String, Headword> byKey) {
        this.byKey = byKey;
    }

    /**
     * Returns the part of no notes, which leaves any part it is merged with as it is.
     *
     * @return the empty part
     */
    public static GlossaryPart empty() {
        return EMPTY;
    }

    /**
     * Returns the part of one note.
     *
     * @param ordinal the note's place in the glossary's order (notes with equal ordinals are
     *     ordered by their sources' names)
     * @param source the name to record for it, such as its file name
     * @param document the parsed note
     * @return its part
     */
    public static GlossaryPart of(long ordinal, String source, NoteDocument document) {
        return of(ordinal, source, document, List.of());
    }

    /**
     * Returns the part of one note, keeping with each headword met first in it the grounding of
     * that first entry, for {@link #groundings()}.
     *
     * @param ordinal the note's place in the glossary's order
     * @param source the name to record for it, such as its file name
     * @param document the parsed note
     * @param groundings the note's groundings ({@link Grounder#ground(NoteDocument)})
     * @return its part
     */
    public static GlossaryPart of(long ordinal, String source, NoteDocument document, List<Grounding> groundings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(groundings, "groundings");
        Map<String, List<Headword>> pieces = new LinkedHashMap<>();
        List<VocabularyEntry> vocabulary = document.vocabulary();
        for (int i = 0; i < vocabulary.size(); i++) {
            VocabularyEntry e = vocabulary.get(i);
            String key = WordForms.american(e.headword().toLowerCase(Locale.ROOT).strip());
            pieces.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(Headword.of(new Place(ordinal, source, i, 0), source, e, groundingOf(e, groundings)));
        }
        return merged(pieces);
    }

    /**
     * Merges parts into one, as many as they are, in one pass.
     *
     * @param parts the parts, in any order
     * @return their merge; the empty part when there are none
     */
    public static GlossaryPart mergeAll(Collection<GlossaryPart> parts) {
        Map<String, List<Headword>> pieces = new HashMap<>();
        for (GlossaryPart part : parts) {
            part.byKey.forEach((key, headword) -> pieces.computeIfAbsent(key, k -> new ArrayList<>()).add(headword));
        }
        return merged(pieces);
    }

    /**
     * Merges this part with another. {@code a.merge(b)} equals {@code b.merge(a)}, and
     * {@code a.merge(b).merge(c)} equals {@code a.merge(b.merge(c))}.
     *
     * @param other another part
     * @return the part of the notes of both
     */
    public GlossaryPart merge(GlossaryPart other) {
        if (other.byKey.isEmpty()) {
            return this;
        }
        return byKey.isEmpty() ? other : mergeAll(List.of(this, other));
    }

    /**
     * Returns how many headwords the part holds: the glossary's entries.
     *
     * @return the number of headwords
     */
    public int size() {
        return byKey.size();
    }

    /**
     * Builds the glossary of the notes this part holds.
     *
     * @param order how to sort it
     * @return the glossary, equal to what {@link Glossary.Builder} gives for the notes in the order
     *     of their ordinals
     */
    public Glossary glossary(GlossaryOrder order) {
        List<GlossaryEntry> entries = new ArrayList<>(byKey.size());
        byKey.values().stream().sorted(Comparator.comparing(Headword::first)).forEach(h -> entries.add(h.entry()));
        return Glossary.sorted(entries, order);
    }

    /**
     * Returns the groundings kept with each headword's first entry (those given to
     * {@link #of(long, String, NoteDocument, List)}), by source, each source's in the order of its
     * entries: what {@link io.github.jingdu.json.TermsJsonWriter} needs to write the glossary's
     * groundings.
     *
     * @return the groundings by source
     */
    public Map<String, List<Grounding>> groundings() {
        Map<String, List<Grounding>> bySource = new LinkedHashMap<>();
        byKey.values().stream().filter(h -> h.grounding != null).sorted(Comparator.comparing(Headword::first))
                .forEach(h -> bySource.computeIfAbsent(h.occurrence.source(), s -> new ArrayList<>()).add(h.grounding));
        bySource.replaceAll((source, list) -> List.copyOf(list));
        return bySource;
    }

    /**
     * Tells whether another object is a part holding the same headwords with the same places.
     *
     * @param o another object
     * @return true when equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof GlossaryPart p && p.byKey.equals(byKey);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    /**
     * Describes the part briefly.
     *
     * @return its number of headwords
     */
    @Override
    public String toString() {
        return "GlossaryPart[" + byKey.size() + " headwords]";
    }

    private static GlossaryPart merged(Map<String, List<Headword>> pieces) {
        Map<String, Headword> byKey = new HashMap<>();
        pieces.forEach((key, list) -> byKey.put(key, list.size() == 1 ? list.get(0) : Headword.merge(list)));
        return byKey.isEmpty() ? EMPTY : new GlossaryPart(Map.copyOf(byKey));
    }

    /** The grounding the terms writer would pick for an entry: the same span and headword, else the same span. */
    private static @Nullable Grounding groundingOf(VocabularyEntry e, List<Grounding> groundings) {
        Grounding sameSpan = null;
        for (Grounding g : groundings) {
            SourceSpan span = g.entry().span();
            if (span.equals(e.span())) {
                if (g.entry().headword().equals(e.headword())) {
                    return g;
                }
                if (sameSpan == null) {
                    sameSpan = g;
                }
            }
        }
        return sameSpan;
    }

    /**
     * Where an item was first met: the note's ordinal (then its source's name, so that two notes
     * given the same ordinal still have an order), the entry's index in the note's vocabulary and
     * the item's index among the entry's.
     */
    private record Place(long note, String source, int entry, int item) implements Comparable<Place>, Serializable {
        @Override
        public int compareTo(Place o) {
            int c = Long.compare(note, o.note);
            if (c == 0) {
                c = source.compareTo(o.source);
            }
            if (c == 0) {
                c = Integer.compare(entry, o.entry);
            }
            return c != 0 ? c : Integer.compare(item, o.item);
        }

        Place item(int index) {
            return new Place(note, source, entry, index);
        }
    }

    /**
     * One headword of a part. A list of items in the order they were first met is a map from
     * each item to its earliest place, which merges by keeping the earlier place.
     */
    private record Headword(Place first, String headword, Occurrence occurrence, @Nullable Grounding grounding,
            Map<String, Place> spellings, Map<String, Place> variants, Map<Pronunciation, Place> pronunciations,
            Map<Sense, Place> senses, Map<String, Place> sources, int frequency) implements Serializable {

        static Headword of(Place at, String source, VocabularyEntry e, @Nullable Grounding grounding) {
            Map<String, Place> variants = new HashMap<>();
            for (int i = 0; i < e.variants().size(); i++) {
                variants.putIfAbsent(e.variants().get(i), at.item(i));
            }
            // Glossary.Builder adds an entry's variants, then its headword when it is spelt
            // otherwise than the glossary's headword: after the variants.
            Map<String, Place> spellings = Map.of(e.headword(), at.item(e.variants().size()));
            return new Headword(at, e.headword(), new Occurrence(source, e.span()), grounding, spellings,
                    Map.copyOf(variants), places(e.pronunciations(), at), places(e.senses(), at),
                    Map.of(source, at), 1);
        }

        static Headword merge(List<Headword> pieces) {
            Headword earliest = pieces.get(0);
            Map<String, Place> spellings = new HashMap<>();
            Map<String, Place> variants = new HashMap<>();
            Map<Pronunciation, Place> pronunciations = new HashMap<>();
            Map<Sense, Place> senses = new HashMap<>();
            Map<String, Place> sources = new HashMap<>();
            int frequency = 0;
            for (Headword h : pieces) {
                if (h.first.compareTo(earliest.first) < 0) {
                    earliest = h;
                }
                earliest(spellings, h.spellings);
                earliest(variants, h.variants);
                earliest(pronunciations, h.pronunciations);
                earliest(senses, h.senses);
                earliest(sources, h.sources);
                frequency += h.frequency;
            }
            return new Headword(earliest.first, earliest.headword, earliest.occurrence, earliest.grounding,
                    Map.copyOf(spellings), Map.copyOf(variants), Map.copyOf(pronunciations), Map.copyOf(senses),
                    Map.copyOf(sources), frequency);
        }

        GlossaryEntry entry() {
            Map<String, Place> allVariants = new HashMap<>(variants);
            spellings.forEach((spelling, at) -> {
                if (!spelling.equalsIgnoreCase(headword)) {
                    allVariants.merge(spelling, at, Headword::earlier);
                }
            });
            return new GlossaryEntry(headword, inOrder(allVariants), inOrder(pronunciations), inOrder(senses),
                    frequency, occurrence, inOrder(sources));
        }

        private static <T> Map<T, Place> places(List<T> items, Place at) {
            Map<T, Place> places = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                places.putIfAbsent(items.get(i), at.item(i));
            }
            return Map.copyOf(places);
        }

        private static <T> void earliest(Map<T, Place> into, Map<T, Place> from) {
            from.forEach((item, at) -> into.merge(item, at, Headword::earlier));
        }

        private static Place earlier(Place a, Place b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        private static <T> List<T> inOrder(Map<T, Place> places) {
            return places.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        }
    }
}
