package io.github.jingdu.terms;

import io.github.jingdu.align.Lexicon;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.terms.internal.ChineseAbbreviations;
import io.github.jingdu.terms.internal.NameHints;
import io.github.jingdu.terms.internal.ProseParagraphs;
import io.github.jingdu.terms.internal.RunningTerms;
import io.github.jingdu.terms.internal.SchwartzHearst;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds terms in running text: abbreviations with their definitions (English, by the algorithm
 * of Schwartz and Hearst with the additions in {@code docs/terms.md}, and Chinese, with
 * full-width brackets and cue words), Latin-script names inside Chinese, handles, citations and
 * captions. Where the Chinese name of an abbreviation begins is read against the English
 * definition that the same document gives, through the installed dictionaries ({@link
 * Lexicon#installed()}) and the {@linkplain Builder#lexicon(Lexicon) lexicon given}: beside
 * {@code he was happy to leave the European Convention on Human Rights (ECHR)},
 * {@code 离开欧洲人权公约(ECHR)} gives {@code 欧洲人权公约} (离开, to leave). Without a dictionary
 * the Chinese is read alone. The installed dictionaries are loaded the first time a document
 * defines something in English (CC-CEDICT: about a tenth of a second).
 *
 * <pre>{@code
 * TermExtractor terms = TermExtractor.create();
 * for (Abbreviation a : terms.abbreviations("large language models (LLMs) and 人工智能(AI)")) {
 *     System.out.println(a.shortForm() + " = " + a.longForm());
 * }
 * List<TextTerm> inDocument = terms.extract(NotesParser.create().parse(text));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TermExtractor {
    private static final Comparator<TextTerm> BY_POSITION =
            Comparator.comparingInt((TextTerm t) -> t.span().offset()).thenComparing(TextTerm::kind);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?:\\r\\n|\\r|\\n)[ \\t\\u3000]*(?:\\r\\n|\\r|\\n)");
    private final Set<TermKind> kinds;
    private final Lexicon given;
    private final boolean installed;
    /**
     * The given lexicon with the installed ones, merged the first time a document needs them (a
     * race merges twice, to the same immutable lexicon).
     */
    private volatile Lexicon lexicon;

    private TermExtractor(Builder b) {
        this.kinds = EnumSet.copyOf(b.kinds);
        this.given = b.lexicon;
        this.installed = b.installed;
    }

    /**
     * Returns an extractor that finds every kind of term.
     *
     * @return a new extractor
     */
    public static TermExtractor create() {
        return builder().build();
    }

    /**
     * Starts building an extractor.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the abbreviations defined in a plain text, English or Chinese.
     *
     * @param text plain text
     * @return the definitions in text order, each once
     */
    public List<Abbreviation> abbreviations(String text) {
        List<Abbreviation> english = SchwartzHearst.find(text);
        return abbreviations(text, english, hints(List.of(text), List.of(english)));
    }

    private static List<Abbreviation> abbreviations(String text, List<Abbreviation> english, NameHints hints) {
        List<Abbreviation> all = new ArrayList<>(english);
        all.addAll(ChineseAbbreviations.find(text, hints));
        all.sort(Comparator.comparingInt(Abbreviation::shortStart).thenComparingInt(Abbreviation::longStart));
        Set<String> seen = new HashSet<>();
        all.removeIf(a -> !seen.add(a.shortStart() + ":" + a.longStart() + ":" + a.longForm()));
        return List.copyOf(all);
    }

    /**
     * Finds the terms of the chosen kinds in a document's prose.
     *
     * @param document a parsed document
     * @return the terms in source order
     */
    public List<TextTerm> extract(NoteDocument document) {
        List<ProseParagraphs.Prose> prose = ProseParagraphs.of(document);
        List<String> texts = prose.stream().map(ProseParagraphs.Prose::text).toList();
        List<List<Abbreviation>> english = englishDefinitions(texts);
        NameHints hints = hints(texts, english);
        List<TextTerm> out = new ArrayList<>();
        for (int i = 0; i < prose.size(); i++) {
            ProseParagraphs.Prose p = prose.get(i);
            collect(p.text(), p.chinese(), p::span, english.get(i), hints, out);
        }
        out.sort(BY_POSITION);
        return List.copyOf(out);
    }

    /**
     * Finds the terms of the chosen kinds in plain text that is not a notes file, such as an
     * article saved as {@code .txt}. Each paragraph (lines up to a blank line) is read on its own.
     *
     * @param text the whole text
     * @return the terms in text order, with spans into {@code text}
     */
    public List<TextTerm> extractPlainText(String text) {
        Lines lines = Lines.of(text);
        List<Integer> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        boolean more = true;
        while (more) {
            more = breaks.find();
            int end = more ? breaks.start() : text.length();
            starts.add(start);
            texts.add(text.substring(start, end));
            start = more ? breaks.end() : end;
        }
        List<List<Abbreviation>> english = englishDefinitions(texts);
        NameHints hints = hints(texts, english);
        List<TextTerm> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int base = starts.get(i);
            String paragraph = texts.get(i);
            collect(paragraph, Scripts.isChinese(paragraph), (from, to) -> lines.span(base + from, base + to),
                    english.get(i), hints, out);
        }
        out.sort(BY_POSITION);
        return List.copyOf(out);
    }

    private void collect(String text, boolean chinese, BiFunction<Integer, Integer, SourceSpan> span,
            List<Abbreviation> english, NameHints hints, List<TextTerm> out) {
        if (kinds.contains(TermKind.ABBREVIATION)) {
            for (Abbreviation a : abbreviations(text, english, hints)) {
                out.add(new TextTerm(TermKind.ABBREVIATION, a.shortForm(), a.longForm(), a.pattern(),
                        span.apply(a.shortStart(), a.shortEnd())));
            }
        }
        for (RunningTerms.Found f : RunningTerms.find(text, chinese)) {
            if (kinds.contains(f.kind())) {
                out.add(new TextTerm(f.kind(), text.substring(f.start(), f.end()), null, null,
                        span.apply(f.start(), f.end())));
            }
        }
    }

    /** Each paragraph's English definitions (none when abbreviations are not asked for). */
    private List<List<Abbreviation>> englishDefinitions(List<String> paragraphs) {
        List<List<Abbreviation>> english = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            english.add(kinds.contains(TermKind.ABBREVIATION) ? SchwartzHearst.find(paragraph) : List.of());
        }
        return english;
    }

    /**
     * The English definitions of a document's abbreviations, with the dictionary: what tells
     * where the Chinese names of the same short forms begin. The installed dictionaries are read
     * only for a document that defines something in English.
     */
    private NameHints hints(List<String> paragraphs, List<List<Abbreviation>> english) {
        if (english.stream().allMatch(List::isEmpty)) {
            return NameHints.NONE;
        }
        Lexicon merged = lexicon;
        if (merged == null) {
            merged = installed ? Lexicon.installed().merge(given) : given;
            lexicon = merged;
        }
        return merged.size() == 0 ? NameHints.NONE : NameHints.of(merged, paragraphs, english);
    }

    /** Settings for a {@link TermExtractor}. */
    public static final class Builder {
        private Set<TermKind> kinds = EnumSet.allOf(TermKind.class);
        private Lexicon lexicon = Lexicon.empty();
        private boolean installed = true;

        private Builder() {
        }

        /**
         * Sets whether the dictionaries installed beside Jingdu ({@link Lexicon#installed()}, such
         * as the {@code jingdu-lexicon-cedict} artifact) tell where the Chinese names of
         * abbreviations begin. Default: true.
         *
         * @param use false to use the {@link #lexicon(Lexicon)} alone
         * @return this builder
         * @since 0.1.0
         */
        public Builder installedLexicons(boolean use) {
            this.installed = use;
            return this;
        }

        /**
         * Sets a lexicon that tells where the Chinese names of abbreviations begin, besides the
         * installed dictionaries. Default: none.
         *
         * @param lexicon the lexicon
         * @return this builder
         * @since 0.1.0
         */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /**
         * Chooses the kinds of term to find; all of them by default.
         *
         * @param kinds at least one kind
         * @return this builder
         */
        public Builder kinds(Set<TermKind> kinds) {
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("choose at least one kind of term");
            }
            this.kinds = EnumSet.copyOf(kinds);
            return this;
        }

        /**
         * Builds the extractor.
         *
         * @return an immutable extractor
         */
        public TermExtractor build() {
            return new TermExtractor(this);
        }
    }
}
