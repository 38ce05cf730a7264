package io.github.jingdu.parse.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Follows the headings of a document to tell whether a line stands in a vocabulary section: under
 * a heading such as {@code ## Vocabulary}, {@code ## 词汇}, {@code ## 15个核心词 Core Vocabulary}, up
 * to the next heading of the same level or higher. In such a section (and under an idiom's
 * heading) a sentence after an entry is its example; elsewhere outside passages, as in a
 * passage's {@code 学习}, a line with a meaning is an entry.
 */
final class VocabularySections {
    private static final Pattern NAMES = Pattern.compile(
            ".*(?:vocabulary|vocab|glossary|words|phrases|expressions|idioms|key terms|terminology"
                    + "|词汇|单词|生词|短语|词组|表达|术语|核心词|重点词).*");
    private static final int NONE = 7;
    private int level = NONE;

    /**
     * Notes a heading that has been read.
     *
     * @param headingLevel its level, 1 to 6
     * @param text its plain text
     */
    void heading(int headingLevel, String text) {
        if (headingLevel <= level) {
            level = NONE;
        }
        if (text.length() <= 60 && NAMES.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            level = headingLevel;
        }
    }

    /** Whether the lines read now are in a vocabulary section. */
    boolean inside() {
        return level != NONE;
    }
}
