package io.github.jingdu.align.internal;

import java.util.List;
import java.util.Set;

/**
 * What the aligner knows of one sentence.
 *
 * @param length characters other than white space
 * @param numbers the numbers written in it
 * @param words English: stems of its content words; Chinese: stems of its Latin-script words
 * @param punctuation {@link #QUESTION}, {@link #EXCLAMATION}, {@link #QUOTE}, {@link #ELLIPSIS} bits
 * @param pinyin Chinese: the toneless pinyin of its Han characters; English: empty
 * @param syllableStarts Chinese: where each syllable of {@code pinyin} begins; English: empty
 * @param names English: lower-case words that spell pinyin (names); Chinese: empty
 * @param lexical Chinese: for each lexicon word found in it, that word's English stems
 * @param lexicalStems Chinese: all the stems of {@code lexical}; English: those of its stems the
 *     lexicon holds
 * @param bigrams Chinese: sorted hashes of its pairs of adjacent Han characters
 */
public record SentenceFeatures(int length, long[] numbers, Set<String> words, int punctuation,
        String pinyin, int[] syllableStarts, List<String> names, List<Set<String>> lexical, Set<String> lexicalStems, int[] bigrams) {
    /** A question mark. */
    public static final int QUESTION = 1;
    /** An exclamation mark. */
    public static final int EXCLAMATION = 2;
    /** Quotation marks: direct speech. */
    public static final int QUOTE = 4;
    /** An ellipsis. */
    public static final int ELLIPSIS = 8;
}
