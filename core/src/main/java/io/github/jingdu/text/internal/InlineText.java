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
 * ({@code DALL\-E} → {@code DALL-E}), emphasis and link syntax removed. This is the only place
 * where the reader uses Flexmark; its types never leave this package.
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
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '\\', '*', '_', '`', '[', ']', '~', '\0' -> {
                    return true;
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
