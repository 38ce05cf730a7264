package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Lines;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bilingual example sentences in an explanation quote, in the layouts notes use:
 * {@code 例子：中文。(English.)}, {@code 例子：English (中文)}, a label line ({@code 例句：},
 * {@code **例子**：}) then an English line with its Chinese on the next line (indented, in
 * brackets, or after {@code 中文:}), and {@code 英文:}/{@code 中文:} pairs. Lines before the
 * first label count only when they carry an {@code 英文}/{@code 中文} label themselves.
 */
final class ExampleReader {
    private static final Pattern LINE_START = Pattern.compile("^[>\\s]*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\*\\*)?(例子|例句|例如|示例|Examples?|中文翻译|英文原句|英文|中文|原句|翻译)(?:\\*\\*)?\\s*(?:\\d+)?\\s*[:：]?\\s*(?:\\*\\*)?\\s*");
    private static final Pattern CHINESE_THEN_ENGLISH = Pattern.compile("^(.*\\p{IsHan}.*?)\\s*[(（]([^()（）]*[A-Za-z][^()（）]*)[)）]\\s*$");
    private static final Pattern ENGLISH_THEN_CHINESE = Pattern.compile("^([^\\p{IsHan}]*[A-Za-z][^\\p{IsHan}]*?)\\s*[(（]([^()（）]*\\p{IsHan}[^()（）]*)[)）]\\s*$");
    private static final int MIN_WORDS = 3;

    private enum Label { EXAMPLE, ENGLISH, CHINESE, NONE }

    private ExampleReader() {
    }

    static List<Example> read(String markdown) {
        List<Example> examples = new ArrayList<>();
        boolean inExamples = false;
        String pending = null;
        for (String raw : markdown.split("\n")) {
            String text = LINE_START.matcher(raw).replaceFirst("");
            Label label = Label.NONE;
            Matcher l = LABEL.matcher(text);
            if (l.find()) {
                label = labelOf(l.group(1));
                text = text.substring(l.end());
            }
            text = unwrap(text.replace("**", "").strip());
            inExamples |= label == Label.EXAMPLE;
            if (text.isEmpty()) {
                continue;
            }
            Example mixed = inExamples ? mixed(text) : null;
            if (mixed != null) {
                examples.add(mixed);
                pending = null;
            } else if (isEnglishSentence(text) && (inExamples || label == Label.ENGLISH)) {
                pending = text;
            } else if (pending != null && Scripts.isChinese(text)) {
                examples.add(new Example(pending, text));
                pending = null;
            } else {
                pending = null;
            }
        }
        return examples;
    }

    private static Label labelOf(String word) {
        return switch (word) {
            case "英文", "英文原句", "原句" -> Label.ENGLISH;
            case "中文", "中文翻译", "翻译" -> Label.CHINESE;
            default -> Label.EXAMPLE;
        };
    }

    /** One line holding both sides, one of them in brackets at the end. */
    private static Example mixed(String text) {
        // Both layouts end in a closing bracket: a cheap test spares most lines the patterns' backtracking.
        if (!Scripts.endsInClosingBracket(text)) {
            return null;
        }
        Matcher ce = CHINESE_THEN_ENGLISH.matcher(text);
        if (ce.matches() && isEnglishSentence(ce.group(2).strip()) && Scripts.isChinese(ce.group(1))) {
            return new Example(unwrap(ce.group(2).strip()), unwrap(ce.group(1).strip()));
        }
        Matcher ec = ENGLISH_THEN_CHINESE.matcher(text);
        if (ec.matches() && isEnglishSentence(ec.group(1).strip())) {
            return new Example(unwrap(ec.group(1).strip()), unwrap(ec.group(2).strip()));
        }
        return null;
    }

    private static boolean isEnglishSentence(String text) {
        return !Scripts.hasHan(text) && text.split("\\s+").length >= MIN_WORDS && text.chars().anyMatch(Character::isLetter);
    }

    /** Removes brackets or quotes around a whole sentence. */
    private static String unwrap(String s) {
        String t = s;
        boolean changed = true;
        while (changed && t.length() >= 2) {
            changed = false;
            char first = t.charAt(0);
            char last = t.charAt(t.length() - 1);
            if ((first == '(' && last == ')') || (first == '（' && last == '）')
                    || (first == '"' && last == '"' && t.indexOf('"', 1) == t.length() - 1)
                    || (first == '“' && last == '”' && t.indexOf('“', 1) < 0)) {
                t = t.substring(1, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }
}
