package io.github.jingdu.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed notes document: its blocks in order and what the reader found wrong.
 *
 * <pre>{@code
 * NoteDocument doc = NotesParser.create().parse(Files.readString(path));
 * doc.frontMatter().ifPresent(fm -> System.out.println(fm.title()));
 * System.out.println(doc.passages().size() + " passages");
 * }</pre>
 *
 * @param blocks the top-level blocks; for a parsed document they tile the input
 * @param diagnostics what looked wrong, in source order
 * @since 0.1.0
 */
public record NoteDocument(List<Block> blocks, List<Diagnostic> diagnostics) {

    /**
     * Copies the lists.
     *
     * @param blocks the top-level blocks; for a parsed document they tile the input
     * @param diagnostics what looked wrong, in source order
     */
    public NoteDocument {
        blocks = List.copyOf(blocks);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns the front matter, if the document starts with one.
     *
     * @return the first block when it is front matter
     */
    public Optional<FrontMatter> frontMatter() {
        return blocks.stream().findFirst()
                .filter(FrontMatter.class::isInstance)
                .map(FrontMatter.class::cast);
    }

    /**
     * Returns the passages ({@code 原文} blocks).
     *
     * @return the passages in order
     */
    public List<Passage> passages() {
        return only(Passage.class);
    }

    /**
     * Returns every vocabulary entry of the document: those of its passages and those written
     * outside them ({@link StudyNotes}), in document order.
     *
     * @return the entries
     */
    public List<VocabularyEntry> vocabulary() {
        List<VocabularyEntry> out = new java.util.ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Passage p) {
                out.addAll(p.vocabulary());
            } else if (b instanceof StudyNotes s) {
                out.addAll(s.vocabulary());
            }
        }
        return out;
    }

    /**
     * Returns the section headings.
     *
     * @return the headings in order
     */
    public List<Heading> sections() {
        return only(Heading.class);
    }

    /**
     * Returns the blocks of one kind.
     *
     * @param type the kind of block, such as {@code Figure.class}
     * @param <T> that kind
     * @return those blocks in order
     */
    public <T extends Block> List<T> only(Class<T> type) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
