package io.github.jingdu.model;

import java.util.List;

/**
 * One bead of a {@link SentenceAlignment} with its sentences: the source sentences and the target
 * sentences that translate them. Either side may be empty (a sentence left untranslated, or a
 * translation of nothing in the source), never both.
 *
 * @param source the source sentences of the bead, in order
 * @param target the target sentences of the bead, in order
 * @param confidence the probability that the bead is right, as
 *     {@link SentenceAlignment#confidence(Bead)} gives it
 * @since 0.1.0
 */
public record SentencePair(List<Sentence> source, List<Sentence> target, double confidence) {

    /**
     * Quotes that close a sentence in English or Chinese, and the ellipsis both use: what counts is
     * what they follow ({@code 他说……} is Chinese, {@code and then…} English).
     */
    private static final String CLOSING_QUOTES = "”’\"'…";

    /**
     * Copies the lists.
     *
     * @param source the source sentences of the bead, in order
     * @param target the target sentences of the bead, in order
     * @param confidence the probability that the bead is right, as
     *     {@link SentenceAlignment#confidence(Bead)} gives it
     */
    public SentencePair {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /**
     * Returns the source sentences as one text.
     *
     * @return the sentences joined as {@link #join(List)} joins them; empty for an empty side
     */
    public String sourceText() {
        return join(source);
    }

    /**
     * Returns the target sentences as one text.
     *
     * @return the sentences joined as {@link #join(List)} joins them; empty for an empty side
     */
    public String targetText() {
        return join(target);
    }

    /**
     * Joins sentences as they would be written in a paragraph: with a space after a sentence that
     * ends in a Latin letter or punctuation, with nothing after one that ends in a Chinese
     * character or full-width punctuation ({@code 。}, {@code ）}). Closing quotes and the ellipsis
     * count as what they follow: {@code “走吧。”} and {@code 他说……} are followed by nothing,
     * {@code “yes.”} by a space.
     *
     * @param sentences the sentences
     * @return their texts, joined
     */
    public static String join(List<Sentence> sentences) {
        StringBuilder out = new StringBuilder();
        for (Sentence sentence : sentences) {
            if (out.length() > 0 && !endsWithoutSpace(lastBeforeClosingQuotes(out))) {
                out.append(' ');
            }
            out.append(sentence.text());
        }
        return out.toString();
    }

    private static int lastBeforeClosingQuotes(CharSequence text) {
        int i = text.length();
        while (i > 1 && CLOSING_QUOTES.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return Character.codePointBefore(text, i);
    }

    // Chinese text puts no space between sentences: after Han characters and the punctuation of
    // the CJK and full-width blocks (and the curly quotes Chinese uses), the next one follows at once.
    private static boolean endsWithoutSpace(int codePoint) {
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }
}
