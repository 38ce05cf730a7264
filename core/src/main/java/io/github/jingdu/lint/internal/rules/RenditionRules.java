package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;

/** Translation output: a literal version needs its free version, and both the same paragraphs. */
public final class RenditionRules {

    private RenditionRules() {
    }

    /**
     * JD003 and JD004: one half of a literal/free pair with the other half missing, reported at
     * the heading that is there.
     */
    public static final class MissingPartner extends Rule {
            private final RenditionKind present;
        private final RenditionKind missing;
        private final String message;

        private MissingPartner(RuleInfo info, RenditionKind present, RenditionKind missing, String message) {
            super(info);
                this.present = present;
            this.missing = missing;
            this.message = message;
        }

        /** @return JD003, a {@code ### 直译} with no {@code ### 意译} */
        public static Rule literalWithoutFree() {
            return new MissingPartner(new RuleInfo("JD003", "literal-without-free", RuleCategory.STRUCTURE,
                    Level.ERROR, false, "a ### 直译 has no ### 意译 after it"), RenditionKind.LITERAL, RenditionKind.FREE,
                    "this ### 直译 has no ### 意译 after it; add the free translation, or remove the heading if the"
                            + " unit is unfinished");
        }

        /** @return JD004, a {@code ### 意译} with no {@code ### 直译} */
        public static Rule freeWithoutLiteral() {
            return new MissingPartner(new RuleInfo("JD004", "free-without-literal", RuleCategory.STRUCTURE,
                    Level.ERROR, false, "a ### 意译 has no ### 直译 before it"), RenditionKind.FREE, RenditionKind.LITERAL,
                    "this ### 意译 has no ### 直译 before it; add the literal translation above it, or remove this"
                            + " heading");
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (TranslationUnit u : in.document().only(TranslationUnit.class)) {
                Rendition there = u.part(present);
                if (there != null && u.part(missing) == null) {
                    out.report(there.span().offset(), in.lines().contentEnd(there.span().line() - 1), message);
                }
            }
        }
    }

    /** JD005: literal and free versions with different paragraph counts. */
    public static final class ParagraphCount extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD005", "rendition-paragraph-count", RuleCategory.STRUCTURE,
                Level.WARNING, false, "the literal and free translations have different numbers of paragraphs");

        public ParagraphCount() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
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
