package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.internal.Reporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SourceSpan;

/** The two halves of a 原文 block: English with no translation, and a translation with no English. */
public final class PassageRules {

    private PassageRules() {
    }

    /** JD001: English with no Chinese translation after it. */
    public static final class MissingTranslation implements Rule {
        private static final RuleInfo INFO = new RuleInfo("JD001", "missing-translation", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a 原文 block has English but no Chinese translation");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintInput in, Reporter out) {
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
    public static final class TranslationWithoutEnglish implements Rule {
        private static final RuleInfo INFO = new RuleInfo("JD002", "translation-without-english",
                RuleCategory.STRUCTURE, Level.WARNING, false, "a 原文 block has a translation but no English");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintInput in, Reporter out) {
            for (Passage p : in.document().passages()) {
                if (p.source().isEmpty() && !p.translation().isEmpty()) {
                    SourceSpan s = p.marker().span();
                    out.report(s.offset(), s.end(), "this 原文 block has a translation but no English; put the"
                            + " English passage between 原文： and the translation");
                }
            }
        }
    }
}
