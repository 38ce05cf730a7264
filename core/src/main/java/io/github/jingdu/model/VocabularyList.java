package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown list whose items present terms: {@code - **floor general** /ˈflɔːr/ = 场上指挥官}. Items
 * that present no term (a sentence, a list of related words) stay in the list's Markdown only.
 *
 * @param entries one entry per term, in order ({@link EntryShape#LIST_ITEM}); an item that pairs
 *     two terms ({@code inbound（入境）↔ outbound（出境）}) gives two
 * @param markdown the list as written
 * @param span the list
 * @since 0.1.0
 */
public record VocabularyList(List<VocabularyEntry> entries, String markdown, SourceSpan span)
        implements StudyItem {

    /**
     * Copies the list and checks that no component is null.
     *
     * @param entries one entry per term, in order ({@link EntryShape#LIST_ITEM}); an item that pairs
     *     two terms ({@code inbound（入境）↔ outbound（出境）}) gives two
     * @param markdown the list as written
     * @param span the list
     */
    public VocabularyList {
        entries = List.copyOf(entries);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
    }
}
