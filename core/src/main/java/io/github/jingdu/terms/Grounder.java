package io.github.jingdu.terms;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.Segment;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.model.Bead;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.SentenceAlignment;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.terms.internal.HeadMatcher;
import io.github.jingdu.terms.internal.WordIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds each vocabulary entry's headword in its passage's English, and through the passage's
 * sentence alignment (when the document was aligned) the Chinese that translates it. A headword
 * matches under inflection ({@code dials} for {@code dial}), British or American spelling,
 * case, hyphenation, and with slots ({@code take sth into account}); when it does not, its
 * variants and its morphology note's base form are tried.
 *
 * <pre>{@code
 * NoteDocument doc = DocumentAligner.create().align(NotesParser.create().parse(text));
 * for (Grounding g : Grounder.create().ground(doc)) {
 *     if (g.found()) {
 *         System.out.println(g.entry().headword() + " → " + g.matched() + " in " + g.sentence().text());
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Grounder {
    private static final int SENTENCE_WORDS = 6;

    private Grounder() {
    }

    /**
     * Returns a grounder.
     *
     * @return a grounder
     */
    public static Grounder create() {
        return new Grounder();
    }

    /**
     * Grounds every vocabulary entry of a document. Entries written outside a passage
     * ({@link StudyNotes}, such as vocabulary under the title) are looked for in the English
     * written since the previous passage or notes: the title, the standfirst, paragraphs.
     *
     * @param document a parsed, perhaps aligned, document
     * @return one grounding per entry, in document order ({@link NoteDocument#vocabulary()})
     */
    public List<Grounding> ground(NoteDocument document) {
        List<Grounding> out = new ArrayList<>();
        List<Passage> passages = document.passages();
        Map<String, HeadMatcher.Forms> formsCache = new HashMap<>();
        List<List<Sentence>> sentences = new ArrayList<>();
        List<List<List<HeadMatcher.Word>>> words = new ArrayList<>();
        for (Passage p : passages) {
            List<Sentence> s = sentences(p);
            sentences.add(s);
            words.add(wordsOf(s, formsCache));
        }
        WordIndex index = null;
        int passage = 0;
        List<Sentence> before = new ArrayList<>();
        List<Sentence> outside = null;
        List<List<HeadMatcher.Word>> outsideWords = null;
        for (Block b : document.blocks()) {
            if (b instanceof Passage p) {
                int own = passage++;
                for (Grounding g : ground(p, sentences.get(own), words.get(own))) {
                    if (index == null && mayBeElsewhere(g)) {
                        index = new WordIndex(words, headBeginnings(passages));
                    }
                    out.add(mayBeElsewhere(g) && elsewhere(g, words, index, own) ? new Grounding(g.entry(), GroundingMiss.ELSEWHERE, -1, null, -1, -1,
                            List.of()) : g);
                }
                before.clear();
            } else if (b instanceof StudyNotes n) {
                List<List<HeadMatcher.Word>> w = wordsOf(before, formsCache);
                for (VocabularyEntry e : n.vocabulary()) {
                    Grounding g = inExamples(e, formsCache);
                    if (g == null) {
                        g = ground(e, null, before, w);
                    }
                    if (!g.found()) {
                        if (outside == null) {
                            outside = englishOutsidePassages(document);
                            outsideWords = wordsOf(outside, formsCache);
                        }
                        Grounding elsewhere = ground(e, null, outside, outsideWords);
                        g = elsewhere.found() ? elsewhere : g;
                    }
                    out.add(g);
                }
                before.clear();
            } else {
                before.addAll(englishOf(b));
            }
        }
        return out;
    }

    /**
     * Grounds the vocabulary entries of one passage.
     *
     * @param passage a passage
     * @return one grounding per entry, in order
     */
    public List<Grounding> ground(Passage passage) {
        List<Sentence> sentences = sentences(passage);
        return ground(passage, sentences, wordsOf(sentences, new HashMap<>()));
    }

    private static List<List<HeadMatcher.Word>> wordsOf(List<Sentence> sentences,
            Map<String, HeadMatcher.Forms> formsCache) {
        return sentences.stream().map(s -> HeadMatcher.words(s.text(), formsCache)).toList();
    }

    /** The beginnings of the keys of every headword looked for elsewhere: those of the passages. */
    private static Set<String> headBeginnings(List<Passage> passages) {
        Set<String> out = new HashSet<>();
        for (Passage p : passages) {
            for (VocabularyEntry e : p.vocabulary()) {
                out.addAll(HeadMatcher.head(e.headword()).beginnings());
            }
        }
        return out;
    }

    private static List<Grounding> ground(Passage passage, List<Sentence> sentences,
            List<List<HeadMatcher.Word>> words) {
        List<Grounding> out = new ArrayList<>();
        for (VocabularyEntry e : passage.vocabulary()) {
            out.add(ground(e, passage.alignment(), sentences, words));
        }
        return out;
    }

    private static Grounding ground(VocabularyEntry e, SentenceAlignment alignment, List<Sentence> sentences,
            List<List<HeadMatcher.Word>> words) {
        List<String> heads = new ArrayList<>();
        heads.add(e.headword());
        heads.addAll(e.variants());
        if (e.morphology() != null) {
            heads.add(e.morphology().base());
        }
        for (String text : heads) {
            HeadMatcher.Head head = HeadMatcher.head(text);
            for (int i = 0; i < sentences.size(); i++) {
                int[] at = head.findIn(words.get(i));
                if (at != null) {
                    List<HeadMatcher.Word> w = words.get(i);
                    return new Grounding(e, null, i, sentences.get(i), w.get(at[0]).start(), w.get(at[1]).end(),
                            translation(alignment, i));
                }
            }
        }
        return new Grounding(e, miss(e.headword(), words), -1, null, -1, -1, List.of());
    }

    private static boolean mayBeElsewhere(Grounding g) {
        return !g.found() && g.miss() != GroundingMiss.NOT_ENGLISH;
    }

    private static boolean elsewhere(Grounding g, List<List<List<HeadMatcher.Word>>> words, WordIndex index, int own) {
        BitSet candidates = index.candidates(g.entry().headword());
        HeadMatcher.Head head = HeadMatcher.head(g.entry().headword());
        for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
            if (p != own) {
                for (List<HeadMatcher.Word> sentence : words.get(p)) {
                    if (head.findIn(sentence) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static GroundingMiss miss(String head, List<List<HeadMatcher.Word>> sentences) {
        if (sentences.isEmpty()) {
            return GroundingMiss.NO_ENGLISH;
        }
        List<HeadMatcher.Word> headWords = HeadMatcher.words(head);
        if (headWords.stream().noneMatch(w -> w.text().chars().anyMatch(c -> c < 0x250 && Character.isLetter(c)))) {
            return GroundingMiss.NOT_ENGLISH;
        }
        if (headWords.size() >= SENTENCE_WORDS) {
            return GroundingMiss.SENTENCE_HEAD;
        }
        boolean partial = false;
        for (HeadMatcher.Word h : headWords) {
            for (List<HeadMatcher.Word> sentence : sentences) {
                for (HeadMatcher.Word w : sentence) {
                    if (Misspellings.near(h.text(), w.text())) {
                        return GroundingMiss.MISSPELT;
                    }
                    partial = partial || h.text().length() >= 3 && HeadMatcher.sameWord(h, w);
                }
            }
        }
        return partial ? GroundingMiss.PARTIAL : GroundingMiss.ABSENT;
    }

    /**
     * Grounds an entry in the example sentences written after it; the translation is the
     * example's Chinese.
     *
     * @return the grounding, or null when no example holds the headword
     */
    private static Grounding inExamples(VocabularyEntry e, Map<String, HeadMatcher.Forms> formsCache) {
        if (e.examples().isEmpty()) {
            return null;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Example x : e.examples()) {
            sentences.add(new Sentence(x.english(), x.span() == null ? SourceSpan.NONE : x.span()));
        }
        Grounding g = ground(e, null, sentences, wordsOf(sentences, formsCache));
        if (!g.found()) {
            return null;
        }
        Example x = e.examples().get(g.sentenceIndex());
        List<Sentence> translation = x.chinese().isEmpty() ? List.of() : List.of(new Sentence(x.chinese(), SourceSpan.NONE));
        return new Grounding(e, null, g.sentenceIndex(), g.sentence(), g.start(), g.end(), translation);
    }

    /**
     * The text of the note outside its passages, line by line, where an entry of notes outside a
     * passage may be used: a talk's transcript, a lesson's prose and quoted commentary, the
     * explanations and examples of other entries. Tables and term lists are left out, so that no
     * entry is found in its own row.
     */
    private static List<Sentence> englishOutsidePassages(NoteDocument document) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof MarkdownBlock m) {
                lines(m.markdown(), out);
            } else if (b instanceof StudyNotes n) {
                for (StudyItem item : n.study()) {
                    if (item instanceof StudyText t) {
                        lines(t.markdown(), out);
                    } else if (item instanceof Explanation x) {
                        lines(x.markdown(), out);
                    }
                    for (VocabularyEntry e : item.entries()) {
                        if (e.explanation() != null) {
                            lines(e.explanation().markdown(), out);
                        }
                        e.examples().forEach(x -> out.add(new Sentence(x.english(), SourceSpan.NONE)));
                    }
                }
            } else if (!(b instanceof Passage)) {
                out.addAll(englishOf(b));
            }
        }
        return out;
    }

    /** Adds the lines of Markdown that hold Latin letters, without quote marks. */
    private static void lines(String markdown, List<Sentence> out) {
        for (String line : markdown.split("\n")) {
            String s = line.replace("**", "").replace(">", " ").strip();
            if (!s.isEmpty() && s.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))) {
                out.add(new Sentence(s, SourceSpan.NONE));
            }
        }
    }

    /** The English sentences of a block that notes outside a passage may refer to: a title, a standfirst, a paragraph. */
    private static List<Sentence> englishOf(Block b) {
        List<String> texts = new ArrayList<>();
        if (b instanceof FrontMatter f) {
            if (f.title() != null) {
                texts.add(f.title());
            }
            if (f.dek() != null) {
                texts.add(f.dek().text());
            }
        } else if (b instanceof Heading h) {
            texts.add(h.text());
        } else if (b instanceof MarkdownBlock m && m.kind() == MarkdownKind.PARAGRAPH && !Scripts.isChinese(m.markdown())) {
            texts.add(m.markdown());
        }
        List<Sentence> out = new ArrayList<>();
        SentenceSegmenter segmenter = SentenceSegmenter.of(Language.ENGLISH);
        for (String t : texts) {
            for (Segment s : segmenter.segment(t)) {
                out.add(new Sentence(s.text(), SourceSpan.NONE));
            }
        }
        return out;
    }

    private static List<Sentence> translation(SentenceAlignment alignment, int source) {
        if (alignment == null) {
            return List.of();
        }
        for (Bead b : alignment.beads()) {
            if (b.source().contains(source)) {
                return b.target().stream().map(alignment.target()::get).toList();
            }
        }
        return List.of();
    }

    private static List<Sentence> sentences(Passage passage) {
        if (passage.alignment() != null) {
            return passage.alignment().source();
        }
        List<Sentence> out = new ArrayList<>();
        SentenceSegmenter segmenter = SentenceSegmenter.of(Language.ENGLISH);
        for (Paragraph p : passage.source()) {
            for (Segment s : segmenter.segment(p.text())) {
                out.add(new Sentence(s.text(), SourceSpan.NONE));
            }
        }
        return out;
    }
}
