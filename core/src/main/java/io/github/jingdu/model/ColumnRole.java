package io.github.jingdu.model;

/**
 * What a column of a vocabulary table holds, found from its header in either language.
 *
 * @since 0.1.0
 */
public enum ColumnRole {
    /** The English word or phrase: 英文, 单词, 术语, English, Term, Word. */
    HEADWORD,
    /** A short form: 缩写, Abbr, Abbreviation. */
    ABBREVIATION,
    /** The full form of an abbreviation: 全称, Full form, Stands for. */
    EXPANSION,
    /** A pronunciation: 音标, 发音, IPA. */
    PRONUNCIATION,
    /** A part of speech: 词性, POS. */
    PART_OF_SPEECH,
    /** The meaning: 中译, 中文, 含义, 释义, 意思, Meaning, Translation. */
    MEANING,
    /** An example sentence: 例句, 例子, Example. */
    EXAMPLE,
    /** A row number: {@code #}, 序号, No. */
    NUMBER,
    /** Anything else (a note, a memory aid), kept in the table. */
    OTHER
}
