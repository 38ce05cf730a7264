package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.text.internal.QuoteLines;
import io.github.jingdu.model.EntryShape;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a heading that names an idiom or a term, such as {@code ## 341. Don't put all your eggs in
 * one basket}, with the section under it: the heading is an entry whose meaning is the Chinese line
 * right below it ({@code “全副武装” 或 “武装到牙齿”。}); the origin, the example lines and the word
 * glosses that follow are its study notes.
 *
 * <p>A heading is such an entry when its text (after a number) is English only, and the first line
 * below it is Chinese: when the heading has no number, that line must also read as a meaning (in
 * quotes, or short and not introducing something with a colon). Headings that name a part of a
 * note (Introduction, Vocabulary, Summary…) never are.
 */
final class HeadingEntries {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,5})[.、)]\\s*");
    private static final Set<String> SECTION_WORDS = Set.of("introduction", "vocabulary", "summary", "transcript",
            "afterword", "preface", "foreword", "contents", "overview", "background", "conclusion", "notes",
            "references", "practice", "exercises", "answers", "review", "opening", "deep", "dive", "listen", "learn",
            "q&a", "talk", "conversation", "appendix", "glossary", "index", "chapter", "part", "section", "key",
            "points", "takeaways", "words", "phrases", "expressions", "idioms", "abstract", "epilogue", "prologue");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s:：]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z&]");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final int MAX_WORDS = 15;
    private static final int SHORT_MEANING = 40;
    private static final int MAX_GLOSSES_FIRST = 3;
    private static final int MAX_BOLD_TERM_WORDS = 6;

    private HeadingEntries() {
    }

    /**
     * Whether the heading on a line starts an idiom or term entry.
     *
     * @param ctx the document
     * @param line a {@link LineKind#HEADING} line
     * @return the line of its meaning, or -1 when it is a heading of another kind
     */
    static int meaningLine(ReadContext ctx, int line) {
        Matcher h = LineClassifier.heading(ctx.content(line));
        if (h == null || h.group(1).length() < 2) {
            return -1;
        }
        String markdown = LineClassifier.headingMarkdown(h);
        if (boldTerm(markdown) != null) {
            return line;
        }
        int below = ctx.skipBlank(line + 1, ctx.count());
        if (Scripts.hasHan(markdown) || below >= ctx.count() || ctx.kinds[below] != LineKind.TEXT
                && ctx.kinds[below] != LineKind.QUOTE) {
            return -1;
        }
        String text = ctx.inline.plain(markdown).strip();
        Matcher number = NUMBER.matcher(text);
        boolean numbered = number.find();
        String term = numbered ? text.substring(number.end()) : text;
        if (!isTerm(term, numbered)) {
            return -1;
        }
        int next = ctx.skipBlank(line + 1, ctx.count());
        for (int glosses = 0; glosses < MAX_GLOSSES_FIRST && next < ctx.count() && ctx.kinds[next] == LineKind.TEXT
                && VocabularyLine.parse(ctx.content(next), false) != null; glosses++) {
            // A word of the idiom glossed before its meaning: `loggerheads：美 [ˈlɔgərhedz] 争吵`.
            next = ctx.skipBlank(next + 1, ctx.count());
        }
        if (next >= ctx.count() || ctx.kinds[next] != LineKind.TEXT && ctx.kinds[next] != LineKind.QUOTE) {
            return -1;
        }
        String meaning = Scripts.strip(QuoteLines.unquote(ctx.content(next)));
        if (meaning.isEmpty() || !Scripts.isHan(meaning.codePointAt(0)) && !startsQuoted(meaning)
                || !Scripts.isChinese(meaning)) {
            return -1;
        }
        if (!numbered && !startsQuoted(meaning)
                && (meaning.length() > SHORT_MEANING || meaning.endsWith("：") || meaning.endsWith(":"))) {
            return -1;
        }
        return next;
    }

    /**
     * The term of a heading that is a term in bold with its meaning, such as
     * {@code ### 1. **Elbow（肘区）= 战术枢纽**}: the meaning is in the heading itself.
     *
     * @return the term, or null when the heading is not one
     */
    private static VocabularyLine.Parts boldTerm(String markdown) {
        String body = markdown;
        Matcher number = NUMBER.matcher(body);
        if (number.find()) {
            body = body.substring(number.end());
        }
        if (body.length() < 5 || !body.startsWith("**") || body.indexOf("**", 2) != body.length() - 2) {
            return null;
        }
        List<VocabularyLine.Parts> terms = TermItems.parse(body);
        if (terms.size() != 1 || !Scripts.hasHan(terms.get(0).gloss())
                || ExampleLines.words(terms.get(0).headword()) > MAX_BOLD_TERM_WORDS) {
            return null;
        }
        return terms.get(0);
    }

    private static boolean startsQuoted(String s) {
        return s.startsWith("“") || s.startsWith("「") || s.startsWith("\"") || s.startsWith("『");
    }

    private static boolean isTerm(String term, boolean numbered) {
        if (term.isEmpty() || Scripts.hasHan(term)) {
            return false;
        }
        char first = term.charAt(0);
        if (first >= 0x250 || !Character.isLetter(first)) {
            return false;
        }
        String[] words = WORD_BREAKS.split(term.toLowerCase(Locale.ROOT));
        if (words.length > MAX_WORDS) {
            return false;
        }
        if (numbered) {
            return true;
        }
        for (String w : words) {
            if (SECTION_WORDS.contains(NOT_A_LETTER.matcher(w).replaceAll(""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the section of an idiom heading: from the heading to the next heading or marker.
     *
     * @param start the offset where the block starts (blank lines before the heading included)
     * @param line the heading's line
     * @param meaning the line of its meaning
     * @param end the line after the section
     * @return study notes whose first item is the heading's entry
     */
    static StudyNotes read(ReadContext ctx, int start, int line, int meaning, int end) {
        Matcher h = LineClassifier.heading(ctx.content(line));
        if (meaning == line) {
            return readBoldTerm(ctx, start, line, boldTerm(LineClassifier.headingMarkdown(h)), end);
        }
        String text = ctx.inline.plain(LineClassifier.headingMarkdown(h)).strip();
        Matcher number = NUMBER.matcher(text);
        String term = number.find() ? text.substring(number.end()) : text;
        List<String> forms = new ArrayList<>();
        for (String f : SLASH.split(term)) {
            if (!f.isBlank()) {
                forms.add(f.strip());
            }
        }
        String gloss = Scripts.strip(QuoteLines.unquote(ctx.content(meaning)));
        VocabularyLine.Gloss read = VocabularyLine.readGloss(gloss);
        String markdown = Scripts.strip(ctx.content(line)) + "\n\n" + Scripts.strip(ctx.content(meaning));
        boolean glossesFirst = ctx.skipBlank(line + 1, ctx.count()) < meaning;
        VocabularyEntry entry = new VocabularyEntry(forms.get(0), forms.subList(1, forms.size()), gloss,
                read.pronunciations(), read.senses(), read.note(), read.morphology(), read.flags(), null,
                ctx.lines.spanOfContent(line, glossesFirst ? line : meaning), null, null, List.of(), EntryShape.HEADING,
                markdown);
        List<StudyItem> items = new ArrayList<>();
        items.add(entry);
        StudyReader reader = new StudyReader(ctx, true, false);
        if (glossesFirst) {
            reader.read(line + 1, meaning, items);
        }
        reader.read(meaning + 1, end, items, 0);
        int to = ctx.lines.start(end);
        return new StudyNotes((Marker) null, items, ctx.lines.span(start, to), ctx.lines.text().substring(start, to));
    }

    /** A heading that holds its term and meaning; the section under it is the entry's study notes. */
    private static StudyNotes readBoldTerm(ReadContext ctx, int start, int line, VocabularyLine.Parts term, int end) {
        VocabularyLine.Gloss read = VocabularyLine.readGloss(term.gloss());
        VocabularyEntry entry = new VocabularyEntry(term.headword(), term.variants(), term.gloss(),
                read.pronunciations(), read.senses(), read.note(), read.morphology(), read.flags(), null,
                ctx.lines.spanOfContent(line, line), null, null, List.of(), EntryShape.HEADING,
                Scripts.strip(ctx.content(line)));
        List<StudyItem> items = new ArrayList<>();
        items.add(entry);
        new StudyReader(ctx, true, false).read(line + 1, end, items, 0);
        int to = ctx.lines.start(end);
        return new StudyNotes((Marker) null, items, ctx.lines.span(start, to), ctx.lines.text().substring(start, to));
    }
}
