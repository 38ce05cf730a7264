package io.github.jingdu.lint.internal.rules;

import io.github.jingdu.lint.Level;
import io.github.jingdu.lint.RuleCategory;
import io.github.jingdu.lint.RuleInfo;
import io.github.jingdu.lint.TextEdit;
import io.github.jingdu.lint.internal.LintInput;
import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.internal.Rule;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.text.internal.Scripts;
import java.util.List;
import java.util.regex.Pattern;

/** The 学习 notes and the markers that open blocks. */
public final class StudyRules {

    private StudyRules() {
    }

    /** JD009: a marker spelled otherwise than {@code 原文：} or {@code 学习：}, or glued to a line. */
    public static final class MarkerSpelling extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD009", "marker-spelling", RuleCategory.STRUCTURE,
                Level.WARNING, true, "a 原文 or 学习 marker is spelled off-standard or glued to other text");

        public MarkerSpelling() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            String newline = in.text().contains("\r\n") ? "\r\n" : "\n";
            for (Passage p : in.document().passages()) {
                check(in, out, p.marker(), "原文：", newline);
                if (p.studyMarker() != null) {
                    check(in, out, p.studyMarker(), "学习：", newline);
                }
            }
        }

        private static void check(LintInput in, RuleReporter out, Marker marker, String standard, String newline) {
            SourceSpan s = marker.span();
            int line = s.line() - 1;
            String before = in.text().substring(in.lines().start(line), s.offset());
            // Blank as the reader counts it: a byte-order mark or a no-break space before the
            // marker does not glue it to a line.
            boolean glued = !Scripts.isBlank(before);
            if (!marker.text().equals(standard) || glued) {
                String fixText = (glued ? newline + newline : "") + standard;
                int blankEnd = before.length();
                while (blankEnd > 0 && Scripts.isBlankChar(before.charAt(blankEnd - 1))) {
                    blankEnd--;
                }
                int from = glued ? s.offset() - (before.length() - blankEnd) : s.offset();
                String message = glued
                        ? "`" + marker.text() + "` is glued to the end of a line; put it on a line of its own"
                        : "write the marker as `" + standard + "` (full-width colon), not `" + marker.text() + "`";
                out.report(s.offset(), s.end(), message, List.of(new TextEdit(from, s.end() - from, fixText)));
            }
        }
    }

    /** JD010: a second 学习 marker in one block. */
    public static final class DuplicateStudyMarker extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD010", "duplicate-study-marker", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a 原文 block has more than one 学习 marker");

        public DuplicateStudyMarker() {
            super(INFO);
        }
        private static final Pattern MARKER = Pattern.compile("^\\s*学习\\s*[：:；;]?\\s*$");

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                // A study section may begin without its marker being read as one (after a rule,
                // an image or a bold heading): then the first 学习 line is its marker, not a repeat.
                boolean seen = p.studyMarker() != null;
                for (StudyItem item : p.study()) {
                    if (item instanceof StudyText t) {
                        int first = t.span().line() - 1;
                        String[] lines = t.markdown().split("\n", -1);
                        for (int k = 0; k < lines.length; k++) {
                            if (MARKER.matcher(lines[k]).matches() && !seen) {
                                seen = true;
                            } else if (MARKER.matcher(lines[k]).matches()) {
                                int start = in.lines().start(first + k);
                                out.report(start, in.lines().contentEnd(first + k), "this 学习 marker repeats one"
                                        + " above it in the same block; delete it");
                            }
                        }
                    }
                }
            }
        }
    }

    /** JD011: a 学习 marker with nothing under it. */
    public static final class EmptyStudySection extends Rule {
        private static final RuleInfo INFO = new RuleInfo("JD011", "empty-study-section", RuleCategory.STRUCTURE,
                Level.WARNING, false, "a 学习 marker has no notes under it");

        public EmptyStudySection() {
            super(INFO);
        }

        @Override
        public void check(LintInput in, RuleReporter out) {
            for (Passage p : in.document().passages()) {
                if (p.studyMarker() != null && p.study().isEmpty()) {
                    SourceSpan s = p.studyMarker().span();
                    out.report(s.offset(), s.end(), "this 学习 section is empty; add vocabulary under it or remove"
                            + " the marker");
                }
            }
        }
    }
}
