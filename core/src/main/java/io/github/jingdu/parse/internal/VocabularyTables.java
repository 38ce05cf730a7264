package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.ColumnRole;
import io.github.jingdu.model.EntryShape;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a Markdown table as vocabulary when its header names a column of terms (英文, 术语, 缩写,
 * English, Term…) and one of meanings, full forms or pronunciations (中译, 含义, 全称, 音标,
 * Meaning…): every row whose term has Latin letters is an entry.
 */
final class VocabularyTables {
    /** Header words by role, tried in this order (全称 before 英文: {@code 英文全称} is a full form). */
    private static final List<Object[]> HEADERS = List.of(
            new Object[] {ColumnRole.NUMBER, new String[] {"#", "序号", "编号", "no.", "no", "num"}},
            new Object[] {ColumnRole.EXPANSION, new String[] {"全称", "全写", "full form", "full name", "stands for",
                "expansion"}},
            new Object[] {ColumnRole.ABBREVIATION, new String[] {"缩写", "简称", "abbr", "abbreviation", "acronym"}},
            new Object[] {ColumnRole.PRONUNCIATION, new String[] {"音标", "发音", "读音", "ipa", "pronunciation",
                "phonetic"}},
            new Object[] {ColumnRole.PART_OF_SPEECH, new String[] {"词性", "pos", "part of speech"}},
            new Object[] {ColumnRole.EXAMPLE, new String[] {"例句", "例子", "示例", "example", "examples", "sentence",
                "sentences"}},
            new Object[] {ColumnRole.HEADWORD, new String[] {"英文", "英语", "单词", "词汇", "词语", "生词", "术语", "短语",
                "词组", "表达", "习语", "俚语", "说法", "黑话", "english", "keyword", "key word", "term", "terms", "word", "words", "phrase", "phrases",
                "expression", "expressions", "idiom", "idioms", "vocabulary", "slang"}},
            new Object[] {ColumnRole.MEANING, new String[] {"中译", "中文", "汉语", "含义", "释义", "意思", "意义",
                "翻译", "解释", "注释", "定义", "meaning", "translation", "definition", "chinese"}});

    private static final int MAX_HEADER_LENGTH = 40;
    private static final int MAX_HEAD_LENGTH = 120;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z#.&]+");
    private static final Pattern SLASHES = Pattern.compile("^[/\\[]|[/\\]]$");

    private VocabularyTables() {
    }

    /**
     * Reads the table on lines {@code from} (the header) to {@code end} (exclusive).
     *
     * @return the table with its entries, or null when it is not a vocabulary table
     */
    static VocabularyTable read(ReadContext ctx, int from, int end) {
        int last = end - 1;
        while (last > from && Scripts.isBlank(ctx.content(last))) {
            last--;
        }
        if (last < from + 2 || !isDelimiterRow(ctx.content(from + 1))) {
            return null;
        }
        List<String> header = cells(ctx.content(from));
        List<ColumnRole> roles = new ArrayList<>();
        for (String cell : header) {
            roles.add(role(cell));
        }
        int term = roles.indexOf(ColumnRole.HEADWORD);
        int abbreviation = roles.indexOf(ColumnRole.ABBREVIATION);
        int key = term >= 0 ? term : abbreviation;
        if (key < 0 || !roles.contains(ColumnRole.MEANING) && !roles.contains(ColumnRole.EXPANSION)
                && !roles.contains(ColumnRole.PRONUNCIATION)) {
            return null;
        }
        List<VocabularyEntry> entries = new ArrayList<>();
        for (int line = from + 2; line <= last; line++) {
            List<String> row = cells(ctx.content(line));
            VocabularyEntry e = row.size() > key ? entry(ctx, line, row, roles, key, term >= 0 ? abbreviation : -1)
                    : null;
            if (e != null) {
                entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder markdown = new StringBuilder();
        for (int i = from; i <= last; i++) {
            markdown.append(i > from ? "\n" : "").append(ctx.content(i));
        }
        return new VocabularyTable(roles, entries, markdown.toString(), ctx.lines.spanOfContent(from, last));
    }

    private static VocabularyEntry entry(ReadContext ctx, int line, List<String> row, List<ColumnRole> roles, int key,
            int abbreviation) {
        String head = plain(row.get(key));
        if (head.isEmpty() || head.length() > MAX_HEAD_LENGTH || Scripts.hasHan(head) || !Scripts.hasLatin(head)
                || ExampleLines.isSentence(head)) {
            return null;
        }
        Heads.Head h = Heads.split(head);
        List<String> variants = new ArrayList<>(h.variants());
        List<Pronunciation> pronunciations = new ArrayList<>();
        List<Sense> senses = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        String partOfSpeech = null;
        String expansion = null;
        String meaning = "";
        SourceSpan span = ctx.lines.spanOfContent(line, line);
        for (int c = 0; c < Math.min(row.size(), roles.size()); c++) {
            String cell = plain(row.get(c));
            if (cell.isEmpty() || c == key) {
                continue;
            }
            switch (roles.get(c)) {
                case ABBREVIATION -> {
                    if (c == abbreviation && !variants.contains(cell)) {
                        variants.add(cell);
                    }
                }
                case EXPANSION -> expansion = cell;
                case PRONUNCIATION -> {
                    String ipa = SLASHES.matcher(cell).replaceAll("").strip();
                    if (!ipa.isEmpty()) {
                        pronunciations.add(new Pronunciation("", ipa));
                    }
                }
                case PART_OF_SPEECH -> partOfSpeech = cell;
                case MEANING -> {
                    if (meaning.isEmpty()) {
                        meaning = cell;
                        senses.addAll(VocabularyLine.readGloss(cell).senses());
                    }
                }
                case EXAMPLE -> examples.add(ExampleLines.read(cell, row.get(c).strip(), span));
                default -> {
                }
            }
        }
        if (senses.isEmpty() && expansion == null && pronunciations.isEmpty()) {
            ctx.report(Severity.WARNING, "vocabulary-without-meaning", "the table row `" + h.headword()
                    + "` gives no meaning; fill in its meaning column", span);
        }
        return new VocabularyEntry(h.headword(), variants, meaning, pronunciations, senses, null, null, List.of(), null,
                span, partOfSpeech, expansion, examples, EntryShape.TABLE_ROW, ctx.content(line).strip());
    }

    private static ColumnRole role(String header) {
        String h = plain(header).toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.length() > MAX_HEADER_LENGTH) {
            return ColumnRole.OTHER;
        }
        List<String> latinWords = List.of(NOT_A_WORD.split(h));
        for (Object[] pair : HEADERS) {
            for (String word : (String[]) pair[1]) {
                boolean latin = word.charAt(0) < 0x80;
                if (latin ? !latinWords.isEmpty() && containsWords(latinWords, word) : h.contains(word)) {
                    return (ColumnRole) pair[0];
                }
            }
        }
        return ColumnRole.OTHER;
    }

    /** Whether the words of a header hold a header word of one or more words, whole. */
    private static boolean containsWords(List<String> words, String phrase) {
        int space = phrase.indexOf(' ');
        if (space < 0) {
            return words.contains(phrase);
        }
        String[] want = phrase.split(" ");
        for (int i = 0; i + want.length <= words.size(); i++) {
            int k = 0;
            while (k < want.length && words.get(i + k).equals(want[k])) {
                k++;
            }
            if (k == want.length) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line is a table's delimiter row: {@code | --- | :---: |}. */
    static boolean isDelimiterRow(String line) {
        String s = line.strip();
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash && s.indexOf('|') >= 0;
    }

    /** A row's cells, without the outer pipes; {@code \|} does not split. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** A cell as plain text: emphasis, code marks and quotes around it removed. */
    private static String plain(String cell) {
        String s = Scripts.strip(cell.replace("**", "").replace("`", "").replace("<br>", " "));
        if (s.length() >= 2 && (s.startsWith("*") && s.endsWith("*") || s.startsWith("\"") && s.endsWith("\"")
                || s.startsWith("“") && s.endsWith("”"))) {
            s = Scripts.strip(s.substring(1, s.length() - 1));
        }
        return s;
    }

}
