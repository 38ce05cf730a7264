package io.github.jingdu.parse.internal;

/**
 * The bounds the reader keeps to on hostile input; see {@code NotesParser.Builder} for what each
 * one means and does.
 *
 * @param maxInputLength longest text that is read into blocks, in UTF-16 units
 * @param maxLineLength longest line whose kind is recognised, in UTF-16 units
 * @param maxNestingDepth deepest nesting of quote markers, brackets and emphasis interpreted
 * @param maxBlocks most top-level blocks read before the rest is kept as one block
 */
public record ReaderLimits(int maxInputLength, int maxLineLength, int maxNestingDepth, int maxBlocks) {
}
