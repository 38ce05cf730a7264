package io.github.jingdu.cli;

import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.TranslationUnit;
import java.util.List;
import java.util.Locale;

/** Writes sentence alignments for people: each bead's sentences, one side under the other. */
final class SideBySide {
    private SideBySide() {
    }

    static String render(NoteDocument document) {
        StringBuilder out = new StringBuilder();
        int passage = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Passage p) {
                passage++;
                out.append("== passage ").append(passage).append(" (line ").append(p.span().line()).append(")\n");
                if (p.alignment() == null) {
                    out.append("   (not aligned: it has ").append(p.translation().isEmpty() ? "no translation" : "no English")
                            .append(")\n\n");
                } else {
                    beads(out, p.alignment(), "EN", "ZH");
                }
            } else if (block instanceof TranslationUnit u) {
                out.append("== translation unit (line ").append(u.span().line()).append(")\n");
                if (u.renditions() != null) {
                    out.append("   literal ↔ free\n");
                    beads(out, u.renditions().sentences(), "直译", "意译");
                }
                if (u.source() != null) {
                    out.append("   source ↔ translation\n");
                    beads(out, u.source(), "EN", "ZH");
                }
                if (u.renditions() == null && u.source() == null) {
                    out.append("   (nothing to align)\n\n");
                }
            }
        }
        return out.toString();
    }

    private static void beads(StringBuilder out, SentenceAlignment a, String left, String right) {
        for (Bead b : a.beads()) {
            out.append("   ").append(b.toGoldFormat()).append(String.format(Locale.ROOT, "  score %.2f%n", b.score()));
            side(out, left, b.source(), a.source().stream().map(s -> s.text()).toList());
            side(out, right, b.target(), a.target().stream().map(s -> s.text()).toList());
        }
        out.append('\n');
    }

    private static void side(StringBuilder out, String label, List<Integer> ids, List<String> texts) {
        if (ids.isEmpty()) {
            out.append("     ").append(label).append("  —\n");
        }
        for (int i : ids) {
            out.append("     ").append(label).append(' ').append(i).append("  ").append(texts.get(i)).append('\n');
        }
    }
}
