package io.github.jingdu.text.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one line of inline Markdown into plain text with Flexmark: escapes resolved
 * ({@code DALL\-E} → {@code DALL-E}), emphasis and link syntax removed. A line whose only syntax
 * is bold and italics by asterisks is read without a parse, as Flexmark reads it
 * ({@link AsteriskEmphasis}). This is the only place where the reader uses Flexmark; its types
 * never leave this package.
 */
public final class InlineText {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))).build();
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^\\d{1,9}[.)](?:[ \\t]|$)");
    private static final Pattern BULLET_START = Pattern.compile("^[-+*](?:[ \\t]|$)");

    /**
     * Most backslashes after a {@code [} handed to Flexmark. Its link-label pattern can match a
     * backslash escape two ways, so a label that does not close costs time doubling with each
     * one (measured: 22 escapes, 0.5 s; found by fuzzing); the corpus has at most 10.
     */
    public static final int MAX_BACKSLASHES_IN_LINKS = 12;

    private final int maxLength;
    private final int maxNesting;

    /**
     * @param maxLength longest text handed to Flexmark; longer text is returned as it is, which
     *     bounds the cost of pathological input
     * @param maxNesting deepest {@link #nesting} handed to Flexmark; deeper text is returned as
     *     it is, so that no recursion in the Markdown parser can exhaust the stack
     */
    public InlineText(int maxLength, int maxNesting) {
        this.maxLength = maxLength;
        this.maxNesting = maxNesting;
    }

    /**
     * Tells whether Markdown lies within the limits this reader hands to Flexmark: no longer than
     * {@link #maxLength()}, nested no deeper than its nesting limit, and with no more than
     * {@link #MAX_BACKSLASHES_IN_LINKS} backslashes after a bracket. Outside them, the text is
     * shown as it is, by the reader and by every renderer of its Markdown.
     *
     * @param markdown inline or block Markdown
     * @return true when Flexmark may read it
     */
    public boolean interprets(String markdown) {
        return interprets(markdown, -1);
    }

    private boolean interprets(String markdown, int knownNesting) {
        return markdown.length() <= maxLength
                && (knownNesting >= 0 ? knownNesting : nesting(markdown)) <= maxNesting
                && backslashesAfterBracket(markdown) <= MAX_BACKSLASHES_IN_LINKS;
    }

    /** @return the longest text whose Markdown is interpreted */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Estimates how deeply a text nests brackets and emphasis: {@code [} and {@code (} count
     * until closed, and a run of {@code *} or {@code _} counts from where it can open emphasis
     * (before a letter, after a space) to where it can close it.
     *
     * @param markdown inline Markdown
     * @return the greatest depth reached
     */
    public static int nesting(String markdown) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (c == '*' || c == '_') {
                int end = i;
                while (end < n && markdown.charAt(end) == c) {
                    end++;
                }
                boolean spaceBefore = i == 0 || Character.isWhitespace(markdown.charAt(i - 1));
                boolean spaceAfter = end == n || Character.isWhitespace(markdown.charAt(end));
                if (!spaceBefore && depth > 0) {
                    depth--;
                } else if (!spaceAfter) {
                    depth++;
                }
                i = end;
                deepest = Math.max(deepest, depth);
                continue;
            }
            deepest = Math.max(deepest, depth);
            i++;
        }
        return deepest;
    }

    /**
     * Converts inline Markdown to plain text.
     *
     * @param markdown one line of Markdown, stripped
     * @return the text a reader sees, or the input itself when it has no Markdown syntax, is
     *     longer or nested deeper than the limits, or cannot be parsed
     */
    public String plain(String markdown) {
        return plain(markdown, -1);
    }

    /**
     * Converts inline Markdown to plain text, its {@link #nesting} already known.
     *
     * @param markdown one line of Markdown, stripped
     * @param knownNesting its {@link #nesting}, or -1 to work it out when needed
     * @return as {@link #plain(String)}
     */
    public String plain(String markdown, int knownNesting) {
        if (markdown.length() > maxLength || !hasSyntax(markdown) || !interprets(markdown, knownNesting)) {
            return markdown;
        }
        String emphasised = withoutEmphasis(markdown);
        return emphasised != null ? emphasised : withFlexmark(markdown);
    }

    /**
     * The text of a line whose only syntax is bold and italics by asterisks, the most common
     * kind, without a Flexmark parse; null when it may hold anything else.
     */
    private static String withoutEmphasis(String line) {
        if (line.indexOf('\n') >= 0 || hasSyntaxBesidesAsterisks(line) || !isParagraphLine(line, 0, line.length())) {
            return null;
        }
        StringBuilder text = new StringBuilder(line.length());
        AsteriskEmphasis.Sink sink = new AsteriskEmphasis.Sink() {
            @Override
            public void text(String s, int start, int end) {
                text.append(s, start, end);
            }

            @Override
            public void open(boolean strong) {
            }

            @Override
            public void close(boolean strong) {
            }
        };
        return AsteriskEmphasis.read(line, sink) ? text.toString().strip() : null;
    }

    /** The text Flexmark reads in a line within the limits, whatever its syntax. */
    String withFlexmark(String markdown) {
        try {
            Document document = PARSER.parse(guardBlockStart(markdown));
            return collect(document).replace('\n', ' ').strip();
        } catch (RuntimeException | StackOverflowError e) {
            // A last resort: the nesting limit keeps Flexmark's recursion shallow, and the reader
            // promises never to throw on content, so a parser failure keeps the Markdown as text.
            return markdown;
        }
    }

    /**
     * Collects the text a reader sees, walking the tree without recursion so that deeply nested
     * input cannot overflow the stack. A reference with no definition, such as a citation
     * {@code [20]}, is text and keeps its brackets. (Flexmark's own text collector misplaces
     * characters after backslash escapes.)
     */
    private static String collect(Document document) {
        StringBuilder out = new StringBuilder();
        Node node = document.getFirstChild();
        while (node != null) {
            boolean descend = false;
            if (node instanceof Text || node instanceof HtmlEntity) {
                out.append(node.getChars().unescape());
            } else if (node instanceof RefNode ref && !ref.isDefined()) {
                out.append(node.getChars().unescape());
            } else if (node instanceof Code code) {
                out.append(code.getText());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(node instanceof HtmlInline)) {
                descend = node.getFirstChild() != null;
            }
            node = InlineWalk.next(node, document, descend);
        }
        return out.toString();
    }

    /**
     * Whether Flexmark could read the line as anything but its own text: {@code < } and
     * {@code & } are text, only {@code <a}, {@code </}, {@code <!}, {@code <?} (HTML, autolinks)
     * and {@code &a}, {@code &#} (entities) may not be; {@code >}, {@code !} and {@code ~} are
     * text inside a paragraph (an image needs {@code [}); {@code ~} may strike text through.
     * A line with U+0000 goes to Flexmark too, which replaces it with U+FFFD as CommonMark
     * requires, so that every line is treated alike.
     *
     * @param s one line of inline Markdown
     * @return false when the line is its own plain text
     */
    public static boolean hasSyntax(String s) {
        return hasSyntax(s, true);
    }

    /**
     * Whether Flexmark could read the line as anything but its own text and emphasis by
     * asterisks ({@link AsteriskEmphasis}): {@link #hasSyntax(String)} without {@code *}.
     *
     * @param s inline Markdown
     * @return false when the text is its own plain text but for its asterisks
     */
    public static boolean hasSyntaxBesidesAsterisks(String s) {
        return hasSyntax(s, false);
    }

    private static boolean hasSyntax(String s, boolean asterisks) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\\', '_', '`', '[', ']', '~', '\0' -> {
                    return true;
                }
                case '*' -> {
                    if (asterisks) {
                        return true;
                    }
                }
                case '<' -> {
                    char next = after(s, i);
                    if (isAsciiLetter(next) || next == '/' || next == '!' || next == '?') {
                        return true;
                    }
                }
                case '&' -> {
                    char next = after(s, i);
                    if (isAsciiLetter(next) || next == '#') {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * Whether a line can only be text of a paragraph: it neither starts nor ends with white
     * space (indentation, hard breaks, blank lines), starts with nothing that opens a block, and
     * holds no control character, tab, table pipe or {@code <}. What it holds between is for
     * {@link #hasSyntaxBesidesAsterisks} to say.
     *
     * @param s text
     * @param start where the line begins
     * @param end where it ends, after {@code start}
     * @return true when nothing but the characters within could make the line more than text
     */
    public static boolean isParagraphLine(String s, int start, int end) {
        char first = s.charAt(start);
        char last = s.charAt(end - 1);
        if (Character.isWhitespace(first) || Character.isSpaceChar(first)
                || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            return false;
        }
        switch (first) {
            case '#', '>', '-', '+', '=', '<', '`', '~', '_', '!', ':' -> {
                return false;
            }
            case '*' -> {
                // Asterisks and then a space or nothing open a list item; only asterisks and
                // spaces are a thematic break. Asterisks and then a character of text are text.
                int run = start;
                while (run < end && s.charAt(run) == '*') {
                    run++;
                }
                if (run == end || Character.isWhitespace(s.charAt(run)) || Character.isSpaceChar(s.charAt(run))) {
                    return false;
                }
            }
            default -> {
            }
        }
        if (startsOrderedItem(s, start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            // A < may open an autolink that hasSyntax does not see (<123456@qq.com>).
            if (c < ' ' || c == '|' || c == '<' || c == '\u007f') {
                return false;
            }
        }
        return true;
    }

    /** A number of up to nine digits and {@code .} or {@code )}: an ordered list's item. */
    private static boolean startsOrderedItem(String s, int start, int end) {
        int i = start;
        while (i < end && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start && i < end && (s.charAt(i) == '.' || s.charAt(i) == ')');
    }

    /**
     * Counts the backslashes after the first {@code [}, which bound the cost of Flexmark's
     * link-label pattern ({@link #MAX_BACKSLASHES_IN_LINKS}).
     *
     * @param s inline Markdown
     * @return the number of backslashes after the first bracket
     */
    public static int backslashesAfterBracket(String s) {
        int bracket = s.indexOf('[');
        if (bracket < 0) {
            return 0;
        }
        int n = 0;
        for (int i = bracket; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                n++;
            }
        }
        return n;
    }

    private static char after(String s, int i) {
        return i + 1 < s.length() ? s.charAt(i + 1) : ' ';
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /**
     * Escapes what would make the line a block other than a paragraph (a list item, heading,
     * quote or fence), since joined prose is always a paragraph: {@code 166. Indeed} stays text.
     *
     * @param s one line of inline Markdown, stripped
     * @return the line, escaped where it would start another block
     */
    public static String guardBlockStart(String s) {
        if (ORDERED_LIST_START.matcher(s).find()) {
            int mark = 0;
            while (Character.isDigit(s.charAt(mark))) {
                mark++;
            }
            return s.substring(0, mark) + "\\" + s.substring(mark);
        }
        if (BULLET_START.matcher(s).find() || s.startsWith("#") || s.startsWith(">")
                || s.startsWith("```") || s.startsWith("~~~") || s.startsWith("=")) {
            return "\\" + s;
        }
        return s;
    }
}
