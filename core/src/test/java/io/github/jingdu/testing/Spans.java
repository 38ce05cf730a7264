package io.github.jingdu.testing;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayList;
import java.util.List;

/** Collects every span in a document, nested ones included, for invariant checks. */
public final class Spans {
    private Spans() {
    }

    public static List<SourceSpan> all(NoteDocument d) {
        List<SourceSpan> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            out.add(b.span());
            if (b instanceof FrontMatter f) {
                paragraph(out, f.dek());
                paragraph(out, f.dekTranslation());
                f.fields().stream().map(Field::span).forEach(out::add);
            } else if (b instanceof Passage p) {
                out.add(p.marker().span());
                p.source().forEach(x -> out.add(x.span()));
                p.translation().forEach(x -> out.add(x.span()));
                if (p.studyMarker() != null) {
                    out.add(p.studyMarker().span());
                }
                for (StudyItem item : p.study()) {
                    out.add(item.span());
                    if (item instanceof VocabularyEntry v && v.explanation() != null) {
                        Explanation e = v.explanation();
                        out.add(e.span());
                    }
                }
            } else if (b instanceof Postscript p) {
                p.paragraphs().forEach(x -> out.add(x.span()));
            }
        }
        d.diagnostics().stream().map(Diagnostic::span).forEach(out::add);
        return out;
    }

    private static void paragraph(List<SourceSpan> out, Paragraph p) {
        if (p != null) {
            out.add(p.span());
        }
    }
}
