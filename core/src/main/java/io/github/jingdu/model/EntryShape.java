package io.github.jingdu.model;

/**
 * How a vocabulary entry is written. The canonical Markdown keeps every shape but {@link #LINE} as
 * the author wrote it.
 *
 * @since 0.1.0
 */
public enum EntryShape {
    /** A line {@code headword：gloss}, also reversed ({@code 立场：position}) or with no separator. */
    LINE,
    /** An item of a term list: {@code - **floor general** /ˈflɔːr/ = 场上指挥官}. */
    LIST_ITEM,
    /** A row of a vocabulary table. */
    TABLE_ROW,
    /** A heading that names an idiom or term, with the meaning written below it. */
    HEADING
}
