package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.internal.rules.ContentRules;
import io.github.jingdu.lint.internal.rules.MarkupRules;
import io.github.jingdu.lint.internal.rules.PassageRules;
import io.github.jingdu.lint.internal.rules.RenditionRules;
import io.github.jingdu.lint.internal.rules.ReaderDiagnostics;
import io.github.jingdu.lint.internal.rules.StudyRules;
import io.github.jingdu.lint.internal.rules.TextDamageRules;
import io.github.jingdu.lint.internal.rules.TypographyRules;
import java.util.ArrayList;
import java.util.List;

/** Every rule, in id order. */
public final class RuleCatalog {
    private static final List<Rule> RULES = build();

    private RuleCatalog() {
    }

    /** @return the rules */
    public static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>(List.of(
                new PassageRules.MissingTranslation(),
                new PassageRules.TranslationWithoutEnglish(),
                new PassageRules.TranslationCoverage(),
                RenditionRules.MissingPartner.literalWithoutFree(),
                RenditionRules.MissingPartner.freeWithoutLiteral(),
                new RenditionRules.ParagraphCount(),
                new TextDamageRules.TemplatePlaceholder(),
                new TextDamageRules.TruncatedText(),
                ReaderDiagnostics.unparsed(),
                new StudyRules.MarkerSpelling(),
                new StudyRules.DuplicateStudyMarker(),
                new StudyRules.EmptyStudySection(),
                new ContentRules.EnglishInStudy(),
                new ContentRules.ChineseInEnglish(),
                new MarkupRules.UnrenderedEmphasis(),
                new MarkupRules.UnbalancedBrackets(),
                new ContentRules.MissingImage(),
                new ContentRules.PostscriptDate(),
                ReaderDiagnostics.withoutMeaning(),
                ReaderDiagnostics.readerLimit(), ReaderDiagnostics.invalidEncoding(),
                ReaderDiagnostics.exampleLikeEntry()));
        rules.addAll(TypographyRules.all());
        return List.copyOf(rules);
    }
}
