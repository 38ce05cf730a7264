package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Damage that LLM output and hurried copying leave: template placeholders and text cut off. */
public final class TextDamageRules {

    private TextDamageRules() {
    }

    /** JD006: a leaked template placeholder. */
    public static final class TemplatePlaceholder extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD006", "template-placeholder", RuleCategory.STRUCTURE,
                Level.ERROR, false, "a template placeholder such as {直译结果}, {{…}} or a lone { was left in");

        public TemplatePlaceholder() {
            super(INFO);
        }
        private static final Pattern PLACEHOLDER = Pattern.compile(
                "^\\s*[{}]\\s*$|\\{\\{[^{}\\n]{0,80}\\}\\}|\\{[^{}\\n]{0,40}\\p{IsHan}[^{}\\n]{0,40}\\}");

        @Override
        public void check(LintInput in, RuleReporter out) {
            String text = in.text();
            for (int i : in.linesOutsideFences()) {
                int base = in.lines().start(i);
                if (!hasBrace(text, base, in.lines().contentEnd(i))) {
                    // Every placeholder has a brace: most lines need no matching.
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(in.lines().content(i));
                while (m.find()) {
                    if (!in.isProtected(base + m.start())) {
                        out.report(base + m.start(), base + m.end(), "`" + m.group().strip() + "` is a template"
                                + " placeholder that was never filled in; replace it with the text it stands for,"
                                + " or delete it");
                    }
                }
            }
        }

        private static boolean hasBrace(String text, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == '{' || c == '}') {
                    return true;
                }
            }
            return false;
        }
    }

    /** JD007: a translation or document that stops mid-sentence. */
    public static final class TruncatedText extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD007", "truncated-text", RuleCategory.STRUCTURE,
                Level.ERROR, false, "a translation (or the document) stops without closing punctuation");

        public TruncatedText() {
            super(INFO);
        }
        private static final Pattern CAPTION = Pattern.compile("^[*_\\s]*(?:Figure|Fig\\.|Table|图|表)\\s*\\d");
        private static final String CLOSERS = "。！？…”’」』）)》.!?\"'：:；;—*_`|■";

        @Override
        public void check(LintInput in, RuleReporter out) {
            List<Block> blocks = in.document().blocks();
            for (Block b : blocks) {
                if (b instanceof Passage p && !p.source().isEmpty() && !p.translation().isEmpty()
                        && endsSentence(last(p.source()).text()) && !closed(last(p.translation()).text())) {
                    report(in, out, last(p.translation()), "this translation stops without closing punctuation"
                            + " although the English ends its sentence; finish the sentence or add the missing 。");
                } else if (b instanceof TranslationUnit u) {
                    for (RenditionKind kind : List.of(RenditionKind.LITERAL, RenditionKind.FREE)) {
                        Rendition r = u.part(kind);
                        if (r != null && !r.paragraphs().isEmpty() && cutOff(last(r.paragraphs()).text())
                                && !CAPTION.matcher(last(r.paragraphs()).text()).find()) {
                            report(in, out, last(r.paragraphs()), "this ### " + kind.heading() + " stops mid-sentence;"
                                    + " the translation was cut off: finish it");
                        }
                    }
                }
            }
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof MarkdownBlock m
                    && m.kind() == MarkdownKind.PARAGRAPH && m.markdown().strip().length() >= 20
                    && cutOff(m.markdown())) {
                int end = m.span().offset() + m.raw().stripTrailing().length();
                out.report(Math.max(m.span().offset(), end - 1), end, "the document stops mid-sentence; finish the"
                        + " last paragraph");
            }
        }

        private static Paragraph last(List<Paragraph> paragraphs) {
            return paragraphs.get(paragraphs.size() - 1);
        }

        private static void report(LintInput in, RuleReporter out, Paragraph p, String message) {
            int end = p.span().end();
            while (end > p.span().offset() && Character.isWhitespace(in.text().charAt(end - 1))) {
                end--;
            }
            out.report(Math.max(p.span().offset(), end - 1), end, message);
        }

        static boolean endsSentence(String text) {
            String t = withoutClosingEmphasis(text);
            return !t.isEmpty() && ".!?。！？\"”’)■".indexOf(t.charAt(t.length() - 1)) >= 0;
        }

        /**
         * The text without the emphasis marks and spaces that close it: {@code 。”**} ends with
         * its full stop, whether or not the {@code **} was rendered.
         */
        private static String withoutClosingEmphasis(String text) {
            int end = text.length();
            while (end > 0 && ("*_~".indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            return text.substring(0, end).strip();
        }

        /** Ends a sentence, or introduces more with a colon, semicolon, dash or ellipsis. */
        static boolean closed(String text) {
            String t = withoutClosingEmphasis(text);
            return endsSentence(t) || !t.isEmpty() && "：:；;…—）」』》”’".indexOf(t.charAt(t.length() - 1)) >= 0;
        }

        /** Ends in a letter or Han character: a word was being written when the text stopped. */
        static boolean cutOff(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return false;
            }
            int cp = t.codePointBefore(t.length());
            return Character.isLetter(cp) && CLOSERS.indexOf(cp) < 0;
        }
    }
}
