package io.github.jingdu.terms;

import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import java.util.List;
import java.util.Objects;

/**
 * One headword of a glossary: the vocabulary entries written for it, merged.
 *
 * @param headword the headword as first written
 * @param variants every variant written with it, first-seen order
 * @param pronunciations every distinct pronunciation, first-seen order
 * @param senses every distinct meaning, first-seen order
 * @param frequency how many entries were merged
 * @param first where it was first written
 * @param sources the sources it was written in, first-seen order
 * @since 0.1.0
 */
public record GlossaryEntry(String headword, List<String> variants, List<Pronunciation> pronunciations,
        List<Sense> senses, int frequency, Occurrence first, List<String> sources) {

    /**
     * Copies the lists and checks that required components are present.
     *
     * @param headword the headword as first written
     * @param variants every variant written with it, first-seen order
     * @param pronunciations every distinct pronunciation, first-seen order
     * @param senses every distinct meaning, first-seen order
     * @param frequency how many entries were merged
     * @param first where it was first written
     * @param sources the sources it was written in, first-seen order
     */
    public GlossaryEntry {
        Objects.requireNonNull(headword, "headword");
        variants = List.copyOf(variants);
        pronunciations = List.copyOf(pronunciations);
        senses = List.copyOf(senses);
        Objects.requireNonNull(first, "first");
        sources = List.copyOf(sources);
    }
}
