package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Morphology;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one vocabulary line: a Latin-script head, a separator ({@code ：}, {@code :},
 * {@code ；} or {@code ;}) or none before Chinese, then a gloss of pronunciations, senses and a closing note.
 */
public final class VocabularyLine {
    private static final Pattern PRONUNCIATION = Pattern.compile(
            "^(?:([美英])\\s*)?(\\[[^\\]\\[]*\\]|/[^/]+/)\\s*");
    private static final Pattern NOTE = Pattern.compile("（([^（）]*的[^（）]*)）\\s*[；;]?\\s*$");
    private static final Pattern BARE_HEAD = Pattern.compile("[A-Za-z][A-Za-z' -]*");
    /** A head written straight before its Chinese gloss: {@code ironed out most such glitches. 解决了…}. */
    private static final Pattern UNSEPARATED_HEAD = Pattern.compile("-?[A-Za-z][A-Za-z0-9'’ ,.&=-]*");
    /** A quoted or bold head before a Chinese explanation: {@code "carving through" 的意思是穿过或贯穿}. */
    private static final Pattern QUOTED_HEAD = Pattern.compile(
            "^(?:\\*\\*)?[\"“](\\p{IsLatin}[^\"“”*]{0,80})[\"”](?:\\*\\*)?\\s*(\\p{IsHan}.*)$");
    private static final Pattern BOLD_HEAD = Pattern.compile("^\\*\\*(\\p{IsLatin}[^\"“”*]{0,60})\\*\\*\\s*(\\p{IsHan}.*)$");
    private static final Pattern FLAG = Pattern.compile("\\*\\*(注意[^*]*)\\*\\*");
    private static final Pattern SENSE_SEPARATOR = Pattern.compile("[；;]");
    private static final Pattern DOMAIN = Pattern.compile("^\\[(\\p{IsHan}{1,6})\\]\\s*");
    /** A short Chinese head, a colon and a short English gloss: {@code 立场：position}. */
    private static final Pattern REVERSED = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}·、]{0,9})[ \\t]*[：:][ \\t]*([A-Za-z][A-Za-z '’.-]{0,60})$");
    /** Chinese words that label a field rather than head an entry: {@code 作者：Fei-Fei Li}. */
    private static final Set<String> LABELS = Set.of("作者", "来源", "链接", "时间", "日期", "地点", "翻译", "中文",
            "英文", "原文", "例句", "例子", "注", "注意", "备注", "出处", "标题", "演讲者", "主讲", "主讲人", "网址", "题目",
            "书名", "译者", "章节", "姓名", "名字", "作品");
    private static final int MAX_REVERSED_WORDS = 6;
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final int MAX_HEAD_LENGTH = 160;
    private static final int MAX_UNSEPARATED_WORDS = 10;
    private static final int LOOKS_LIKE_LIMIT = 60;

    /**
     * The parts of a vocabulary line.
     *
     * @param headword the head as plain text
     * @param variants other spellings or short forms written with the head
     * @param gloss the rest of the line, trimmed
     */
    public record Parts(String headword, List<String> variants, String gloss) {

        static Parts of(String head, String gloss) {
            Heads.Head h = Heads.split(head);
            return new Parts(h.headword(), h.variants(), gloss);
        }
    }

    /**
     * The fields read from a gloss.
     *
     * @param pronunciations pronunciations at the start
     * @param senses meanings, without empty ones
     * @param note a closing parenthetical such as {@code dial的复数}, or null
     * @param morphology what the note says of the base form, or null
     * @param flags bold reminders such as {@code 注意发音}
     */
    public record Gloss(List<Pronunciation> pronunciations, List<Sense> senses, String note, Morphology morphology,
            List<String> flags) {
    }

    private VocabularyLine() {
    }

    /**
     * Reads a line as a vocabulary entry.
     *
     * @param line a line's content
     * @param allowUnseparated whether {@code one-off一次性的} (no separator) counts
     * @return the head and gloss, or null when the line is not an entry
     */
    public static Parts parse(String line, boolean allowUnseparated) {
        String s = Scripts.strip(line);
        if (s.startsWith("`") && !s.startsWith("```")) {
            // A head written as code: `gather` /ˈɡæðər/ = 收球.
            List<Parts> terms = TermItems.parse(s);
            return terms.size() == 1 ? terms.get(0) : null;
        }
        if (s.isEmpty() || !startsLikeHead(s)) {
            return null;
        }
        int sep = separator(s);
        if (sep > 0) {
            String head = headword(s.substring(0, sep));
            String gloss = Scripts.strip(s.substring(sep + 1));
            if (isHead(head) && (gloss.isEmpty() || Scripts.hasHan(gloss) || startsWithPronunciation(gloss))) {
                return Parts.of(head, gloss);
            }
            return null;
        }
        if (!allowUnseparated) {
            return null;
        }
        for (Pattern p : List.of(QUOTED_HEAD, BOLD_HEAD)) {
            Matcher m = p.matcher(s);
            if (m.matches() && Scripts.isChinese(m.group(2))) {
                return Parts.of(m.group(1).strip(), Scripts.strip(m.group(2)));
            }
        }
        int han = Scripts.firstHan(s);
        if (han <= 0) {
            return null;
        }
        String head = Scripts.strip(s.substring(0, han));
        while (head.endsWith("=")) {
            head = Scripts.strip(head.substring(0, head.length() - 1));
        }
        String gloss = s.substring(han);
        if (UNSEPARATED_HEAD.matcher(head).matches() && SPACES.split(head).length <= MAX_UNSEPARATED_WORDS
                && Scripts.isChinese(gloss)) {
            return Parts.of(head, gloss);
        }
        return null;
    }

    /**
     * Reads a reversed line, Chinese first: {@code 立场：position} is the entry {@code position}
     * with the meaning {@code 立场}.
     *
     * @param line a line's content
     * @return the English head and the Chinese gloss, or null when the line is not one
     */
    public static Parts reversed(String line) {
        String s = Scripts.strip(line);
        if (s.isEmpty() || s.length() > MAX_HEAD_LENGTH || !Scripts.isHan(s.codePointAt(0))
                || s.indexOf('：') < 0 && s.indexOf(':') < 0) {
            return null;
        }
        Matcher m = REVERSED.matcher(s);
        if (!m.matches() || LABELS.contains(m.group(1))) {
            return null;
        }
        String english = m.group(2).strip();
        if (SPACES.split(english).length > MAX_REVERSED_WORDS || english.endsWith(".")) {
            return null;
        }
        return Parts.of(english, m.group(1));
    }

    /**
     * Splits a gloss into its fields.
     *
     * @param gloss the text after the separator
     * @return pronunciations, senses and note
     */
    public static Gloss readGloss(String gloss) {
        List<Pronunciation> pronunciations = new ArrayList<>();
        String rest = gloss;
        Matcher p = PRONUNCIATION.matcher(rest);
        while (p.find() && !Scripts.hasHan(p.group(2))) {
            String bracketed = p.group(2);
            pronunciations.add(new Pronunciation(p.group(1) == null ? "" : p.group(1),
                    bracketed.substring(1, bracketed.length() - 1).strip()));
            rest = rest.substring(p.end());
            p = PRONUNCIATION.matcher(rest);
        }
        List<String> flags = new ArrayList<>();
        if (rest.contains("**注意")) {
            Matcher f = FLAG.matcher(rest);
            while (f.find()) {
                flags.add(f.group(1).strip());
            }
            rest = FLAG.matcher(rest).replaceAll(" ");
        }
        String note = null;
        Matcher n = rest.indexOf('）') >= 0 ? NOTE.matcher(rest) : null;
        if (n != null && n.find()) {
            note = n.group(1).strip();
            rest = rest.substring(0, n.start());
        }
        List<Sense> senses = new ArrayList<>();
        for (String sense : SENSE_SEPARATOR.split(rest)) {
            String s = Scripts.strip(sense.replace("**", ""));
            Matcher d = s.startsWith("[") ? DOMAIN.matcher(s) : null;
            String domain = null;
            if (d != null && d.find()) {
                domain = d.group(1);
                s = Scripts.strip(s.substring(d.end()));
            }
            if (!s.isEmpty()) {
                senses.add(new Sense(s, domain));
            }
        }
        return new Gloss(pronunciations, senses, note, note == null ? null : MorphologyNote.read(note), flags);
    }

    /**
     * Reads a line that is only a head, such as {@code babysitting}: an entry when an
     * explanation quote follows it.
     *
     * @param line a line's content
     * @return the head and an empty gloss, or null when the line is more than a short phrase
     */
    public static Parts bareHead(String line) {
        String head = headword(line);
        if (BARE_HEAD.matcher(head).matches() && SPACES.split(head).length <= 5 && !head.endsWith(" ")) {
            return Parts.of(head, "");
        }
        return null;
    }

    /**
     * Whether a line that did not parse still looks like a vocabulary entry: it starts like a
     * head (a Latin letter, perhaps after bold or quote marks), holds Chinese or a full-width
     * colon, and has a colon or Chinese near the start.
     *
     * @param line a line's content
     * @return true when the line should be reported as an entry that could not be read
     */
    public static boolean looksLikeEntry(String line) {
        String s = Scripts.strip(line);
        String bare = s.replaceFirst("^[*\"“]+", "");
        if (bare.isEmpty() || !startsLikeHead(s) || !Character.isLetter(bare.charAt(0)) || Scripts.isHan(bare.charAt(0))
                || !Scripts.hasHan(s) && s.indexOf('：') < 0) {
            return false;
        }
        int limit = Math.min(s.length(), LOOKS_LIKE_LIMIT);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':' && !s.startsWith("//", i + 1) || Scripts.isHan(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLikeHead(String s) {
        char c = s.charAt(0);
        return Character.isLetterOrDigit(c) && !Scripts.isHan(s.codePointAt(0))
                || c == '*' && !s.startsWith("* ") || c == '(' || c == '\'' || c == '"' || c == '“'
                || c == '-' && s.length() > 1 && Character.isLetter(s.charAt(1));
    }

    private static int separator(String s) {
        int limit = Math.min(s.length(), MAX_HEAD_LENGTH + 1);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '：' || c == '；' || c == ';') {
                return i;
            }
            if (c == ':' && !s.startsWith("//", i + 1)) {
                return i;
            }
            if (Scripts.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isHead(String head) {
        if (head.isEmpty() || head.length() > MAX_HEAD_LENGTH || Scripts.hasHan(head)) {
            return false;
        }
        for (int i = 0; i < head.length(); i++) {
            if (Character.isLetter(head.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPronunciation(String gloss) {
        Matcher m = PRONUNCIATION.matcher(gloss);
        return m.find() && (m.group(1) != null || gloss.startsWith("["));
    }

    /**
     * Removes emphasis markers and spaces around a head.
     *
     * @param head the text before the separator
     * @return the head as plain text
     */
    static String headword(String head) {
        String h = Scripts.strip(head);
        while (h.length() >= 2 && (h.startsWith("**") && h.endsWith("**") && h.length() >= 4)) {
            h = Scripts.strip(h.substring(2, h.length() - 2));
        }
        if (h.length() >= 2 && h.startsWith("*") && h.endsWith("*")) {
            h = Scripts.strip(h.substring(1, h.length() - 1));
        }
        return h;
    }
}
