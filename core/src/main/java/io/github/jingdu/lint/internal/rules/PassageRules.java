package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.Segment;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.text.internal.Scripts;
import java.util.HashSet;
import java.util.Set;

/**
 * The two halves of a 原文 block: English with no translation, a translation with no English, and a
 * translation that does not cover its English.
 */
public final class PassageRules {

    private PassageRules() {
    }

    /** JD001: English with no Chinese translation after it. */
    public static final class MissingTranslation extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD001", "missing-translation", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a 原文 block has English but no Chinese translation");

        public MissingTranslation() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                if (!p.source().isEmpty() && p.translation().isEmpty()) {
                    SourceSpan s = p.marker().span();
                    out.report(s.offset(), s.end(), "this 原文 block has English but no translation; write the"
                            + " Chinese translation after the English (a paragraph of Chinese before 学习)");
                }
            }
        }
    }

    /** JD002: a translation with no English before it. */
    public static final class TranslationWithoutEnglish extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD002", "translation-without-english",
                RuleCategory.STRUCTURE, Level.WARNING, false, "a 原文 block has a translation but no English");

        public TranslationWithoutEnglish() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                if (p.source().isEmpty() && !p.translation().isEmpty()) {
                    SourceSpan s = p.marker().span();
                    out.report(s.offset(), s.end(), "this 原文 block has a translation but no English; put the"
                            + " English passage between 原文： and the translation");
                }
            }
        }
    }

    /**
     * JD022: a translation that covers only part of its English, or repeats a sentence of its own.
     * Measured on the corpus: English runs to about 2.7 letters per Chinese character (the median
     * over 3,113 passages); between 4 and 5 to 1, 13 passages, 4 of them partial translations, too
     * many false alarms for a warning; over 5 to 1, one passage, which translates one sentence of four.
     */
    public static final class TranslationCoverage extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD022", "translation-coverage", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a translation covers only part of its English, or repeats itself");

        public TranslationCoverage() {
            super(INFO);
        }
        /** English letters and digits per Chinese character above which English is left untranslated. */
        private static final double MAX_RATIO = 5.0;
        /** Below this many English letters a passage is too short to judge by length. */
        private static final int MIN_ENGLISH = 120;
        /** A repeated sentence shorter than this may be a set phrase said twice on purpose. */
        private static final int MIN_REPEATED = 8;

        @Override
        public void check(LintInput in, RuleReporter out) {
            SentenceSegmenter chinese = SentenceSegmenter.of(Language.CHINESE);
            for (Passage p : in.document().passages()) {
                if (p.source().isEmpty() || p.translation().isEmpty()) {
                    continue;
                }
                int english = p.source().stream().mapToInt(x -> letters(x.text())).sum();
                int han = p.translation().stream().mapToInt(x -> han(x.text())).sum();
                if (english >= MIN_ENGLISH && han > 0 && english > MAX_RATIO * han) {
                    SourceSpan s = p.translation().get(0).span();
                    out.report(s.offset(), s.end(), String.format(java.util.Locale.ROOT, "this translation is much"
                            + " shorter than its English (%d English letters for %d Chinese characters, where"
                            + " translations run about 2.7 to 1): part of the English seems untranslated; translate it,"
                            + " or move the English that is not studied out of the passage", english, han));
                }
                Set<String> seen = new HashSet<>();
                for (Paragraph paragraph : p.translation()) {
                    for (Segment sentence : chinese.segment(paragraph.text())) {
                        String text = sentence.text().strip();
                        if (han(text) >= MIN_REPEATED && !seen.add(text)) {
                            SourceSpan s = paragraph.span();
                            out.report(s.offset(), s.end(), "this translation says a sentence twice (\"" + text
                                    + "\"): the translation was probably pasted twice; delete the copy");
                            break;
                        }
                    }
                }
            }
        }

        private static int letters(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 0x2E80) {
                    n++;
                }
            }
            return n;
        }

        private static int han(String text) {
            return (int) text.codePoints().filter(Scripts::isHan).count();
        }
    }
}
