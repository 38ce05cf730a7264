package io.github.jingdu.terms;

/**
 * Why a vocabulary entry could not be found in its passage's English.
 *
 * @since 0.1.0
 */
public enum GroundingMiss {
    /** The passage has no English to look in. */
    NO_ENGLISH,
    /** The headword has no Latin-script word in it. */
    NOT_ENGLISH,
    /** The head is a sentence (six words or more), usually a paraphrase of the text. */
    SENTENCE_HEAD,
    /** The head is misspelt: a word of it is one or two letters off a word of the passage ({@code relingquish}). */
    MISSPELT,
    /** The head is not in this passage but in another passage of the same document. */
    ELSEWHERE,
    /** Some of the head's words are in the passage, but not together in one sentence. */
    PARTIAL,
    /** None of the head's words is in the passage: the entry is about another passage or word. */
    ABSENT
}
