package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.internal.rules.ContentRules;
import io.github.jingdu.lint.internal.rules.MarkupRules;
import io.github.jingdu.lint.internal.rules.PassageRules;
import io.github.jingdu.lint.internal.rules.RenditionRules;
import io.github.jingdu.lint.internal.rules.ReaderDiagnostics;
import io.github.jingdu.lint.internal.rules.StudyRules;
import io.github.jingdu.lint.internal.rules.TextDamageRules;
import io.github.jingdu.lint.internal.rules.TypographyRules;
import io.github.jingdu.lint.LintRule;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.RuleReporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every rule: Jingdu's own, in id order, then the rules installed beside it ({@link LintRule}
 * found with {@link ServiceLoader}), by id. The installed ones are looked for once.
 */
public final class RuleCatalog {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * A rule and how it is run on a note.
     *
     * @param info what it is
     * @param builtIn whether it is Jingdu's own (trusted to report within the text)
     * @param check runs it
     */
    public record Entry(RuleInfo info, boolean builtIn, BiConsumer<LintInput, RuleReporter> check) {
    }

    private RuleCatalog() {
    }

    /**
     * Returns every rule, the installed ones looked for on the first call. A failure is kept and
     * thrown again, anew, on every later call (a class left uninitialised would throw
     * {@link NoClassDefFoundError} then, without the reason).
     *
     * @return every rule
     * @throws ServiceConfigurationError when an installed rule cannot be used, naming its class
     */
    public static List<Entry> rules() {
        Installed loaded = Installed.LOADED;
        if (loaded.failure() != null) {
            throw new ServiceConfigurationError(loaded.failure().getMessage(), loaded.failure().getCause());
        }
        return loaded.rules();
    }

    /**
     * Jingdu's rules followed by others, checked.
     *
     * @param installed rules of others
     * @return every rule
     * @throws ServiceConfigurationError for a rule with no description, with an id or name that
     *     another rule has, or with a name that is not kebab-case, naming its class
     */
    public static List<Entry> combine(Iterable<? extends LintRule> installed) {
        List<Entry> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule rule : builtIn()) {
            all.add(new Entry(rule.info(), true, rule::check));
            ids.add(rule.info().id());
            names.add(rule.info().name());
        }
        List<Entry> others = new ArrayList<>();
        for (LintRule rule : installed) {
            RuleInfo info;
            try {
                info = rule.info();
            } catch (RuntimeException | LinkageError e) {
                throw new ServiceConfigurationError("the lint rule " + rule.getClass().getName()
                        + " cannot be used: its info() failed (" + e + ")", e);
            }
            String problem = info == null ? "it gives no RuleInfo"
                    : !KEBAB.matcher(info.name()).matches() ? "its name \"" + info.name() + "\" is not kebab-case (such as no-todo)"
                    : info.id().isBlank() ? "its id is blank"
                    : !ids.add(info.id()) ? "its id " + info.id() + " is another rule's"
                    : !names.add(info.name()) ? "its name " + info.name() + " is another rule's"
                    : null;
            if (problem != null) {
                throw new ServiceConfigurationError("the lint rule " + rule.getClass().getName() + " cannot be used: "
                        + problem + "; see the Javadoc of io.github.jingdu.lint.LintRule");
            }
            others.add(new Entry(info, false, rule::check));
        }
        others.sort(Comparator.comparing(e -> e.info().id()));
        all.addAll(others);
        return List.copyOf(all);
    }

    private static List<Rule> builtIn() {
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

    /**
     * The rules, with the installed ones looked for on first use, or why they cannot be used.
     *
     * @param rules every rule, or none after a failure
     * @param failure why an installed rule cannot be used, or null
     */
    private record Installed(List<Entry> rules, @Nullable ServiceConfigurationError failure) {
        static final Installed LOADED = load();

        private static Installed load() {
            try {
                return new Installed(combine(ServiceLoader.load(LintRule.class, LintRule.class.getClassLoader())), null);
            } catch (ServiceConfigurationError e) {
                return new Installed(List.of(), e);
            }
        }
    }
}
