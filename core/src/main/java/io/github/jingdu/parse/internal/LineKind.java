package io.github.jingdu.parse.internal;

/** What a physical line is, before blocks are built. */
public enum LineKind {
    /** Only blank characters. */
    BLANK,
    /** A {@code 原文} marker, possibly followed by English on the same line. */
    PASSAGE_MARKER,
    /** A {@code 学习} marker on its own line. */
    STUDY_MARKER,
    /** An ATX heading ({@code #} to {@code ######}). */
    HEADING,
    /** A heading that names a part of a translation unit: {@code ### 直译}, {@code ### 意译}. */
    RENDITION,
    /** A {@code 后记} heading or a {@code 后记：} line. */
    POSTSCRIPT,
    /** An image alone on its line. */
    IMAGE,
    /** A {@code >} quote line. */
    QUOTE,
    /** An opening code fence. */
    FENCE,
    /** A line inside a fenced code block, closing fence included. */
    FENCED,
    /** Anything else. */
    TEXT
}
