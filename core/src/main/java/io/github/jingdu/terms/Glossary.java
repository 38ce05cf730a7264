package io.github.jingdu.terms;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.github.jingdu.model.NoteDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

    /**
     * Sorts entries into a glossary.
     *
     * @param entries the merged entries
     * @param order how to sort them
     * @return the glossary
     */
    static Glossary sorted(List<GlossaryEntry> entries, GlossaryOrder order) {
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(comparator(order));
        return new Glossary(sorted);
    }

    private static Comparator<GlossaryEntry> comparator(GlossaryOrder order) {
        Collator english = Collator.getInstance(ULocale.ENGLISH);
        english.setStrength(Collator.SECONDARY);
        Comparator<GlossaryEntry> byHeadword = (a, b) -> english.compare(a.headword(), b.headword());
        if (order == GlossaryOrder.ENGLISH) {
            return byHeadword.thenComparing(GlossaryEntry::headword);
        }
        Collator pinyin = Collator.getInstance(new ULocale("zh@collation=pinyin"));
        return Comparator.<GlossaryEntry, String>comparing(Glossary::firstMeaning, pinyin::compare)
                .thenComparing(byHeadword).thenComparing(GlossaryEntry::headword);
    }

    private static String firstMeaning(GlossaryEntry e) {
        return e.senses().isEmpty() ? "" : e.senses().get(0).text();
    }

    /**
     * Collects documents into a {@link Glossary}, merging their {@link GlossaryPart}s in the order
     * they are added. Not thread-safe; build once done.
     */
    public static final class Builder {
        private final GlossaryOrder order;
        private final List<GlossaryPart> parts = new ArrayList<>();

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
            parts.add(GlossaryPart.of(parts.size(), source, document));
            return this;
        }

        /**
         * Builds the glossary.
         *
         * @return the glossary, sorted
         */
        public Glossary build() {
            return GlossaryPart.mergeAll(parts).glossary(order);
        }
    }
}
