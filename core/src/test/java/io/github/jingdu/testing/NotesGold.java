package io.github.jingdu.testing;

import io.github.jingdu.align.AlignmentScore;
import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.align.GoldFormat;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.parse.NotesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes alignment gold ({@code src/test/resources/align/notes.gold}): passages of
 * ../shared/corpus aligned by reading, and the score of an aligner on them.
 */
public final class NotesGold {
    private static final Pattern HEADER = Pattern.compile("passage (\\S+)#(\\d+) en=(\\d+) zh=(\\d+)");

    /** One passage of the gold: where it is, its sentence counts and its beads. */
    record Case(String file, int passage, int english, int chinese, List<Bead> beads) {
    }

    private NotesGold() {
    }

    static List<Case> read() throws IOException {
        List<Case> out = new ArrayList<>();
        Matcher header = null;
        StringBuilder beads = new StringBuilder();
        List<String> lines = new ArrayList<>(Files.readAllLines(
                SharedData.projectRoot().resolve("core/src/test/resources/align/notes.gold")));
        lines.add("passage end#0 en=0 zh=0");
        for (String line : lines) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (header != null) {
                    out.add(new Case(header.group(1), Integer.parseInt(header.group(2)),
                            Integer.parseInt(header.group(3)), Integer.parseInt(header.group(4)),
                            GoldFormat.parse(beads.toString())));
                }
                header = m;
                beads.setLength(0);
            } else if (line.startsWith("[")) {
                beads.append(line).append('\n');
            }
        }
        return out;
    }

    /**
     * Aligns every passage of the gold and scores the result.
     *
     * @param aligner the aligner to measure
     * @return the score over all passages
     * @throws IOException when a note cannot be read
     * @throws AssertionError when Jingdu's segmentation no longer gives the gold's sentence counts
     */
    public static AlignmentScore score(DocumentAligner aligner) throws IOException {
        Path corpus = SharedData.require("corpus", "the notes alignment gold");
        AlignmentScore total = null;
        for (Case c : read()) {
            NoteDocument doc = aligner.align(NotesParser.create().parse(Files.readString(corpus.resolve(c.file()))));
            Passage p = doc.passages().get(c.passage());
            SentenceAlignment a = p.alignment();
            if (a == null || a.source().size() != c.english() || a.target().size() != c.chinese()) {
                throw new AssertionError(c.file() + "#" + c.passage() + ": the gold has " + c.english() + " English and "
                        + c.chinese() + " Chinese sentences; the segmenter now gives "
                        + (a == null ? "no alignment" : a.source().size() + " and " + a.target().size()));
            }
            AlignmentScore s = AlignmentScore.of(c.beads(), a.beads());
            if (Boolean.getBoolean("jingdu.notesGold.verbose") && s.strictF1() < 1) {
                System.out.println(c.file() + "#" + c.passage() + " gold " + c.beads() + "\n   got " + a.beads());
            }
            total = total == null ? s : total.plus(s);
        }
        return total;
    }
}
