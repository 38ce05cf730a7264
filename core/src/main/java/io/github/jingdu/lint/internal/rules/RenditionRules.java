package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.internal.Reporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;

/** Translation output: a literal version needs its free version, and both the same paragraphs. */
public final class RenditionRules {

    private RenditionRules() {
    }

    /** JD003: {@code ### 直译} with no {@code ### 意译}. */
    public static final class LiteralWithoutFree implements Rule {
        private static final RuleInfo INFO = new RuleInfo("JD003", "literal-without-free", RuleCategory.STRUCTURE,
                Level.ERROR, false, "a ### 直译 has no ### 意译 after it");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintInput in, Reporter out) {
            for (TranslationUnit u : in.document().only(TranslationUnit.class)) {
                Rendition literal = u.part(RenditionKind.LITERAL);
                if (literal != null && u.part(RenditionKind.FREE) == null) {
                    out.report(literal.span().offset(), in.lines().contentEnd(literal.span().line() - 1),
                            "this ### 直译 has no ### 意译 after it; add the free translation, or remove the"
                                    + " heading if the unit is unfinished");
                }
            }
        }
    }

    /** JD004: {@code ### 意译} with no {@code ### 直译}. */
    public static final class FreeWithoutLiteral implements Rule {
        private static final RuleInfo INFO = new RuleInfo("JD004", "free-without-literal", RuleCategory.STRUCTURE,
                Level.ERROR, false, "a ### 意译 has no ### 直译 before it");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintInput in, Reporter out) {
            for (TranslationUnit u : in.document().only(TranslationUnit.class)) {
                Rendition free = u.part(RenditionKind.FREE);
                if (free != null && u.part(RenditionKind.LITERAL) == null) {
                    out.report(free.span().offset(), in.lines().contentEnd(free.span().line() - 1),
                            "this ### 意译 has no ### 直译 before it; add the literal translation above it, or"
                                    + " remove this heading");
                }
            }
        }
    }

    /** JD005: literal and free versions with different paragraph counts. */
    public static final class ParagraphCount implements Rule {
        private static final RuleInfo INFO = new RuleInfo("JD005", "rendition-paragraph-count", RuleCategory.STRUCTURE,
                Level.WARNING, false, "the literal and free translations have different numbers of paragraphs");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(LintInput in, Reporter out) {
            for (TranslationUnit u : in.document().only(TranslationUnit.class)) {
                Rendition literal = u.part(RenditionKind.LITERAL);
                Rendition free = u.part(RenditionKind.FREE);
                if (literal != null && free != null && literal.paragraphs().size() != free.paragraphs().size()) {
                    out.report(free.span().offset(), in.lines().contentEnd(free.span().line() - 1),
                            "the ### 意译 has " + free.paragraphs().size() + " paragraphs but the ### 直译 (line "
                                    + literal.span().line() + ") has " + literal.paragraphs().size()
                                    + "; translate paragraph for paragraph so that they line up");
                }
            }
        }
    }
}
