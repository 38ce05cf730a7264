package io.github.jingdu.terms;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.terms.internal.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The vocabulary of one or many documents, merged by headword (ignoring case and British or
 * American spelling), with each headword's frequency, first occurrence and sources.
 *
 * <pre>{@code
 * Glossary.Builder b = Glossary.builder(GlossaryOrder.PINYIN);
 * b.add("part_11.md", NotesParser.create().parse(text));
 * for (GlossaryEntry e : b.build().entries()) {
 *     System.out.println(e.headword() + " ×" + e.frequency());
 * }
 * }</pre>
 *
 * @param entries the merged entries, sorted as asked
 * @since 0.1.0
 */
public record Glossary(List<GlossaryEntry> entries) {

    /**
     * Copies the list.
     *
     * @param entries the merged entries, sorted as asked
     */
    public Glossary {
        entries = List.copyOf(entries);
    }

    /**
     * Starts a glossary.
     *
     * @param order how to sort it
     * @return a builder; add documents, then build
     */
    public static Builder builder(GlossaryOrder order) {
        return new Builder(order);
    }

    /** Collects documents into a {@link Glossary}. Not thread-safe; build once done. */
    public static final class Builder {
        private final GlossaryOrder order;
        private final Map<String, Merged> byKey = new LinkedHashMap<>();

        private Builder(GlossaryOrder order) {
            this.order = Objects.requireNonNull(order, "order");
        }

        /**
         * Adds a document's vocabulary.
         *
         * @param source the name to record for it, such as its file name
         * @param document a parsed document
         * @return this builder
         */
        public Builder add(String source, NoteDocument document) {
            for (VocabularyEntry e : document.vocabulary()) {
                String key = WordForms.american(e.headword().toLowerCase(Locale.ROOT).strip());
                byKey.computeIfAbsent(key, k -> new Merged(e.headword(), new Occurrence(source, e.span())))
                        .add(source, e);
            }
            return this;
        }

        /**
         * Builds the glossary.
         *
         * @return the glossary, sorted
         */
        public Glossary build() {
            List<GlossaryEntry> entries = new ArrayList<>();
            for (Merged m : byKey.values()) {
                entries.add(new GlossaryEntry(m.headword, List.copyOf(m.variants), List.copyOf(m.pronunciations),
                        List.copyOf(m.senses), m.frequency, m.first, List.copyOf(m.sources)));
            }
            entries.sort(comparator(order));
            return new Glossary(entries);
        }

        private static Comparator<GlossaryEntry> comparator(GlossaryOrder order) {
            Collator english = Collator.getInstance(ULocale.ENGLISH);
            english.setStrength(Collator.SECONDARY);
            Comparator<GlossaryEntry> byHeadword = (a, b) -> english.compare(a.headword(), b.headword());
            if (order == GlossaryOrder.ENGLISH) {
                return byHeadword.thenComparing(GlossaryEntry::headword);
            }
            Collator pinyin = Collator.getInstance(new ULocale("zh@collation=pinyin"));
            return Comparator.<GlossaryEntry, String>comparing(Builder::firstMeaning, pinyin::compare)
                    .thenComparing(byHeadword).thenComparing(GlossaryEntry::headword);
        }

        private static String firstMeaning(GlossaryEntry e) {
            return e.senses().isEmpty() ? "" : e.senses().get(0).text();
        }
    }

    /** A headword being merged. */
    private static final class Merged {
        private final String headword;
        private final Occurrence first;
        private final Set<String> variants = new LinkedHashSet<>();
        private final Set<Pronunciation> pronunciations = new LinkedHashSet<>();
        private final Set<Sense> senses = new LinkedHashSet<>();
        private final Set<String> sources = new LinkedHashSet<>();
        private int frequency;

        Merged(String headword, Occurrence first) {
            this.headword = headword;
            this.first = first;
        }

        void add(String source, VocabularyEntry e) {
            frequency++;
            sources.add(source);
            variants.addAll(e.variants());
            if (!e.headword().equalsIgnoreCase(headword)) {
                variants.add(e.headword());
            }
            pronunciations.addAll(e.pronunciations());
            senses.addAll(e.senses());
        }
    }
}
