package io.github.jingdu.parse.internal;

/**
 * Recognises a thematic break ({@code ***}, {@code - - -}, {@code ___}) by scanning the line
 * once. A regular expression such as {@code (?:\*[ \t]*){3,}} says the same, but Java runs a
 * repeated group by recursion, one stack frame per repetition, so a line of a few thousand
 * {@code *} overflowed the stack.
 */
final class ThematicBreaks {
    private ThematicBreaks() {
    }

    /**
     * Whether a line is a thematic break: after at most {@code maxIndent} spaces, three or more of
     * one of {@code *}, {@code -}, {@code _}, with only spaces and tabs between and after them.
     *
     * @param line the line, without its line break
     * @param maxIndent how many leading spaces are allowed
     * @return whether the line is a thematic break
     */
    static boolean is(String line, int maxIndent) {
        int i = 0;
        while (i < line.length() && i < maxIndent && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char mark = line.charAt(i);
        if (mark != '*' && mark != '-' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }
}
