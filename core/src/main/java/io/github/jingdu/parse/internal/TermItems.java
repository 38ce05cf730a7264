package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the item of a term list as vocabulary: {@code **Market Maker (MM)** – /ˈmɑːrkɪt/ – 做市商},
 * {@code **floor general** /ˈflɔːr/ = 场上指挥官}, {@code **Wing（侧翼 45度角）**：空间大},
 * {@code **shoes** 是中性词}, {@code `gather` /ˈɡæðər/ = 收球}, {@code top of the key：弧顶}, and pairs such as
 * {@code inbound（入境）↔ outbound（出境）}. An item whose term is a sentence
 * ({@code **"He's playing hoops."** —— 他在打篮球。}) or that gives no meaning
 * ({@code score → bucket, put it in}) is not vocabulary.
 */
final class TermItems {
    private static final Pattern PAIR_SEPARATOR = Pattern.compile("\\s*(?:↔|⇔|<->|⟷)\\s*");
    private static final Pattern PAIR_SIDE = Pattern.compile(
            "^(?:\\*\\*)?([A-Za-z][A-Za-z0-9 '’.&/-]{0,60}?)(?:\\*\\*)?\\s*[（(]([^（）()]*\\p{IsHan}[^（）()]*)[）)]\\s*$");
    private static final Pattern BRACKET_GLOSS = Pattern.compile("^(.+?)\\s*[（(]([^（）()]*\\p{IsHan}[^（）()]*)[）)]\\s*(.*)$");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+/\\s+");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[*_\"“‘']+|[*_\"”’']+$");
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"”’'*]+$");
    private static final String SEPARATORS = "：:=–—-|,，";
    private static final int MAX_TERM_WORDS = 8;
    private static final int MAX_PLAIN_TERM_WORDS = 6;
    private static final int MAX_TERM_LENGTH = 120;
    /** An item longer than this is prose, whatever it starts with. */
    private static final int MAX_ITEM_LENGTH = 2_000;

    private TermItems() {
    }

    /**
     * Reads a list item's text (its marker removed).
     *
     * @param item the item's first line, without the list marker
     * @return the terms it presents, empty when it presents none
     */
    static List<VocabularyLine.Parts> parse(String item) {
        String s = Scripts.strip(item);
        if (s.isEmpty() || s.length() > MAX_ITEM_LENGTH) {
            return List.of();
        }
        List<VocabularyLine.Parts> pair = s.length() > MAX_TERM_LENGTH * 2 ? List.of() : pair(s);
        if (!pair.isEmpty()) {
            return pair;
        }
        String term;
        String rest;
        String mark = s.startsWith("**") ? "**" : s.startsWith("`") ? "`" : null;
        boolean bold = mark != null;
        if (bold) {
            int close = s.indexOf(mark, mark.length());
            if (close < 0) {
                return List.of();
            }
            term = s.substring(mark.length(), close);
            rest = s.substring(close + mark.length());
        } else {
            int end = plainTermEnd(s);
            if (end <= 0) {
                return List.of();
            }
            term = s.substring(0, end);
            rest = s.substring(end);
        }
        if (term.length() > MAX_TERM_LENGTH) {
            return List.of();
        }
        String bracketGloss = null;
        Matcher b = BRACKET_GLOSS.matcher(term);
        if (b.matches()) {
            term = b.group(1);
            bracketGloss = Scripts.strip(b.group(2));
            if (!b.group(3).isBlank()) {
                rest = b.group(3) + " " + rest;
            }
        }
        List<String> forms = alternatives(term);
        if (forms.isEmpty()) {
            return List.of();
        }
        String head = forms.get(0);
        int words = ExampleLines.words(head);
        if (words > (bold ? MAX_TERM_WORDS : MAX_PLAIN_TERM_WORDS) || ExampleLines.isSentence(head)
                || endsLikeSentence(term) && words >= 2) {
            return List.of();
        }
        String meaning = trimLeading(rest);
        String pronunciation = null;
        if (meaning.startsWith("/") || meaning.startsWith("[")) {
            char close = meaning.charAt(0) == '/' ? '/' : ']';
            int end = meaning.indexOf(close, 1);
            if (end > 1 && !Scripts.hasHan(meaning.substring(1, end)) && meaning.substring(1, end).chars().anyMatch(Character::isLetter)) {
                pronunciation = meaning.substring(0, end + 1);
                meaning = trimLeading(meaning.substring(end + 1));
            }
        }
        if (bracketGloss != null) {
            meaning = meaning.isEmpty() ? bracketGloss : bracketGloss + "；" + meaning;
        }
        if (!Scripts.hasHan(meaning) && pronunciation == null) {
            return List.of();
        }
        if (!bold && pronunciation == null && (term.indexOf('*') >= 0 || !Scripts.isHan(meaning.codePointAt(0))
                || bracketGloss == null && !separated(rest))) {
            // A plain item is a term only when its meaning follows at once: `- Don’t get *hot under
            // the collar* — we can fix it.别这么生气` is an example.
            return List.of();
        }
        String gloss = pronunciation == null ? meaning : (pronunciation + " " + meaning).strip();
        Heads.Head h = Heads.split(head);
        List<String> variants = new ArrayList<>(h.variants());
        forms.subList(1, forms.size()).stream().filter(f -> !variants.contains(f)).forEach(variants::add);
        return List.of(new VocabularyLine.Parts(h.headword(), List.copyOf(variants), gloss));
    }

    /** Two or more terms with their meanings in brackets, joined by arrows. */
    private static List<VocabularyLine.Parts> pair(String s) {
        if (s.indexOf('↔') < 0 && s.indexOf('⇔') < 0 && !s.contains("<->") && s.indexOf('⟷') < 0) {
            return List.of();
        }
        List<VocabularyLine.Parts> out = new ArrayList<>();
        for (String side : PAIR_SEPARATOR.split(s)) {
            Matcher m = PAIR_SIDE.matcher(Scripts.strip(side));
            if (!m.matches()) {
                return List.of();
            }
            out.add(VocabularyLine.Parts.of(m.group(1).strip(), Scripts.strip(m.group(2))));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Where a term written without emphasis ends: at a separator, a pronunciation, a bracket or Chinese. */
    private static int plainTermEnd(String s) {
        char first = s.charAt(0);
        if (first >= 0x250 || !Character.isLetter(first)) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':' || c == '=' || c == '|' || c == '[' || c == '/' || c == '（' || c == '('
                    || Scripts.isHan(c) || (c == '–' || c == '—') || c == '-' && i + 1 < s.length() && s.charAt(i + 1) == ' '
                    && s.charAt(i - 1) == ' ') {
                if (c == '（' || c == '(') {
                    int close = s.indexOf(c == '（' ? '）' : ')', i);
                    if (close > 0 && !Scripts.hasHan(s.substring(i, close))) {
                        i = close;
                        continue;
                    }
                }
                return i;
            }
            if (c == '→' || c == '.' && i == s.length() - 1) {
                return -1;
            }
        }
        return -1;
    }

    /** The forms of a term: {@code "Hoopster" / "Hooper"} gives both, without quotes or emphasis. */
    private static List<String> alternatives(String term) {
        List<String> out = new ArrayList<>();
        for (String part : ALTERNATIVES.split(term)) {
            String p = Scripts.strip(part.replace("**", "").replace("`", ""));
            p = QUOTES_AROUND.matcher(p).replaceAll("").strip();
            if (p.isEmpty() || Scripts.hasHan(p) || p.indexOf('→') >= 0 || !Scripts.hasLatin(p)) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    /** Whether the text after a term starts with a separator: {@code ：}, {@code =}, a dash. */
    private static boolean separated(String rest) {
        String r = Scripts.strip(rest);
        return !r.isEmpty() && SEPARATORS.indexOf(r.charAt(0)) >= 0;
    }

    private static boolean endsLikeSentence(String term) {
        String t = CLOSING_QUOTES.matcher(term.strip()).replaceAll("");
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") && t.contains(" ");
    }

    private static String trimLeading(String s) {
        int i = 0;
        while (i < s.length() && (SEPARATORS.indexOf(s.charAt(i)) >= 0 || Scripts.isBlankChar(s.charAt(i)))) {
            i++;
        }
        return Scripts.strip(s.substring(i));
    }
}
