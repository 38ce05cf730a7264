package io.github.jingdu.model;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown table of vocabulary: a header whose columns say what they hold, and a row per entry.
 *
 * @param columns the role of each column, in order
 * @param entries one entry per row that names a term, in order ({@link EntryShape#TABLE_ROW})
 * @param markdown the table as written
 * @param span the table
 * @since 0.1.0
 */
public record VocabularyTable(List<ColumnRole> columns, List<VocabularyEntry> entries, String markdown,
        SourceSpan span) implements StudyItem {

    /**
     * Copies the lists and checks that no component is null.
     *
     * @param columns the role of each column, in order
     * @param entries one entry per row that names a term, in order ({@link EntryShape#TABLE_ROW})
     * @param markdown the table as written
     * @param span the table
     */
    public VocabularyTable {
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(span, "span");
    }
}
