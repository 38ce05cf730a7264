package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.text.internal.Scripts;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What is in the wrong place or points nowhere: languages mixed up, images missing, dates unread. */
public final class ContentRules {

    private ContentRules() {
    }

    /** JD012: an English paragraph inside the study notes with no 原文 marker. */
    public static final class EnglishInStudy extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD012", "english-in-study", RuleCategory.STRUCTURE,
                Level.WARNING, false, "an English paragraph stands in the study notes without a 原文 marker");

        public EnglishInStudy() {
            super(INFO);
        }
        private static final int MIN_WORDS = 12;

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                for (StudyItem item : p.study()) {
                    if (!(item instanceof StudyText t)) {
                        continue;
                    }
                    int first = t.span().line() - 1;
                    String[] lines = t.markdown().split("\n", -1);
                    for (int k = 0; k < lines.length; k++) {
                        String line = lines[k].strip();
                        if (isProse(line) && !Scripts.hasHan(line) && line.split("\\s+").length >= MIN_WORDS) {
                            int start = in.lines().start(first + k);
                            out.report(start, in.lines().contentEnd(first + k), "an English paragraph in the 学习 notes;"
                                    + " if it is the next passage, put 原文： on a line before it");
                            break;
                        }
                    }
                }
            }
        }

        private static boolean isProse(String line) {
            return !line.isEmpty() && Character.isLetter(line.charAt(0)) && !line.startsWith("|");
        }
    }

    /** JD013: Chinese inside the English part of a block. */
    public static final class ChineseInEnglish extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD013", "chinese-in-english", RuleCategory.STRUCTURE,
                Level.WARNING, false, "the English part of a 原文 block holds Chinese");

        public ChineseInEnglish() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                for (Paragraph par : p.source()) {
                    if (Scripts.hasHan(par.text())) {
                        out.report(par.span().offset(), in.lines().contentEnd(par.span().line() - 1),
                                "this English paragraph holds Chinese; move the Chinese to the translation below,"
                                        + " or to the 学习 notes");
                    }
                }
            }
        }
    }

    /** JD016: an image that does not exist. */
    public static final class MissingImage extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD016", "missing-image", RuleCategory.STRUCTURE,
                Level.WARNING, false, "an image's file does not exist");

        public MissingImage() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            if (in.file() == null) {
                return;
            }
            Path dir = in.file().toAbsolutePath().getParent();
            List<Figure> figures = new ArrayList<>(in.document().only(Figure.class));
            for (Passage p : in.document().passages()) {
                p.study().stream().filter(Figure.class::isInstance).map(Figure.class::cast).forEach(figures::add);
            }
            for (Figure f : figures) {
                String path = f.path();
                if (path.isEmpty() || path.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || path.startsWith("/")) {
                    continue;
                }
                if (!exists(dir, path)) {
                    out.report(f.span().offset(), f.span().end(), "the image `" + path + "` does not exist next to"
                            + " this file; fix the path or add the image");
                }
            }
        }

        private static boolean exists(Path dir, String path) {
            try {
                String decoded = path.replace("%20", " ");
                return Files.exists(dir.resolve(decoded));
            } catch (InvalidPathException e) {
                return false;
            }
        }
    }

    /** JD017: a postscript whose date does not parse. */
    public static final class PostscriptDate extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD017", "postscript-date", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a postscript's date cannot be read");

        public PostscriptDate() {
            super(INFO);
        }
        private static final Pattern DATE_LIKE = Pattern.compile("\\d{2,4}\\s*年");

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Block b : in.document().blocks()) {
                if (b instanceof Postscript p && p.dateline() == null) {
                    for (Paragraph par : p.paragraphs()) {
                        if (DATE_LIKE.matcher(par.text()).find()) {
                            out.report(par.span().offset(), in.lines().contentEnd(par.span().line() - 1),
                                    "this postscript date cannot be read; write it as 2024年8月12日17点51分于上海。");
                            break;
                        }
                    }
                }
            }
        }
    }
}
