package io.github.jingdu.render.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.text.internal.InlineText;
import io.github.jingdu.text.internal.InlineWalk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a paragraph's Markdown into its sentences' Markdown, each whole: emphasis or a link that
 * a sentence boundary cuts is closed at the end of one sentence and opened again at the start
 * of the next ({@code **a. b**} gives {@code **a.**} and {@code **b**}), so that each sentence
 * reads as Markdown on its own, with the plain text of the sentence.
 */
public final class SentenceMarkdown {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))).build();
    private static final InlineText LIMITS = new InlineText(20_000, NotesParser.DEFAULT_MAX_NESTING_DEPTH);

    private SentenceMarkdown() {
    }

    /** Where each character of the plain text comes from: its first source character, how many, and its node. */
    private record Origins(int[] offsets, int[] widths, List<Node> owners) {
    }

    /**
     * @param markdown the paragraph's Markdown, on one line
     * @param plain its plain text, as the reader gave it
     * @param ranges each sentence's {@code {start, end}} in the plain text
     * @return each sentence's Markdown; a sentence's plain text with Markdown's punctuation
     *     escaped when the paragraph's Markdown does not give that plain text
     */
    public static List<String> cut(String markdown, String plain, List<int[]> ranges) {
        String source = InlineText.guardBlockStart(markdown.strip());
        Origins origins = origins(source, plain);
        List<String> out = new ArrayList<>();
        for (int[] r : ranges) {
            int from = Math.max(0, Math.min(r[0], plain.length()));
            int to = Math.max(from, Math.min(r[1], plain.length()));
            if (origins == null || from == to) {
                out.add(escape(plain.substring(from, to)));
                continue;
            }
            int start = origins.offsets()[from];
            int end = origins.offsets()[to - 1] + origins.widths()[to - 1];
            StringBuilder sb = new StringBuilder();
            List<Node> opened = ancestors(origins.owners().get(from));
            for (int i = opened.size() - 1; i >= 0; i--) {
                if (opened.get(i).getStartOffset() < start) {
                    sb.append(opener(opened.get(i)));
                }
            }
            sb.append(source, start, end);
            for (Node n : ancestors(origins.owners().get(to - 1))) {
                if (n.getEndOffset() > end) {
                    sb.append(closer(n));
                }
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    /** Where each character of the plain text comes from; null when the source does not give exactly {@code plain}. */
    private static Origins origins(String source, String plain) {
        if (!LIMITS.interprets(source)) {
            return null;
        }
        Document document;
        try {
            document = PARSER.parse(source);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        Collector c = new Collector(source.length() + 1);
        if (!c.collect(document)) {
            return null;
        }
        String collected = c.text.toString().replace('\n', ' ');
        int lead = 0;
        while (lead < collected.length() && Character.isWhitespace(collected.charAt(lead))) {
            lead++;
        }
        if (!collected.strip().equals(plain)) {
            return null;
        }
        return new Origins(Arrays.copyOfRange(c.offsets, lead, lead + plain.length()),
                Arrays.copyOfRange(c.widths, lead, lead + plain.length()),
                new ArrayList<>(c.owners.subList(lead, lead + plain.length())));
    }

    /** Walks the tree as the reader does for plain text, recording where each character comes from. */
    private static final class Collector {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets;
        private int[] widths;
        private final List<Node> owners = new ArrayList<>();

        Collector(int capacity) {
            offsets = new int[capacity];
            widths = new int[capacity];
        }

        boolean collect(Node root) {
            Node node = root.getFirstChild();
            while (node != null) {
                boolean descend = false;
                if (node instanceof HtmlEntity) {
                    String u = node.getChars().unescape();
                    for (int i = 0; i < u.length(); i++) {
                        add(u.charAt(i), node.getStartOffset(), node.getTextLength(), node);
                    }
                } else if (node instanceof Text || node instanceof RefNode ref && !ref.isDefined()) {
                    if (!escaped(node)) {
                        return false;
                    }
                } else if (node instanceof Code code) {
                    String t = code.getText().toString();
                    int at = code.getText().getStartOffset();
                    for (int i = 0; i < t.length(); i++) {
                        add(t.charAt(i), at + i, 1, node);
                    }
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    add(' ', node.getStartOffset(), 0, node);
                } else if (!(node instanceof HtmlInline)) {
                    descend = node.getFirstChild() != null;
                }
                node = InlineWalk.next(node, root, descend);
            }
            return true;
        }

        /** Text written with backslash escapes ({@code DALL\-E}): each escaped character is two source characters. */
        private boolean escaped(Node node) {
            String written = node.getChars().toString();
            String unescaped = node.getChars().unescape();
            int at = node.getStartOffset();
            int u = 0;
            for (int w = 0; w < written.length(); w++, u++) {
                char c = written.charAt(w);
                boolean escape = c == '\\' && w + 1 < written.length() && isAsciiPunctuation(written.charAt(w + 1));
                char shown = escape ? written.charAt(w + 1) : c;
                if (u >= unescaped.length() || unescaped.charAt(u) != shown) {
                    return false;
                }
                add(shown, at + w, escape ? 2 : 1, node);
                if (escape) {
                    w++;
                }
            }
            return u == unescaped.length();
        }

        private void add(char c, int offset, int width, Node node) {
            int n = text.length();
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, n * 2);
                widths = Arrays.copyOf(widths, n * 2);
            }
            text.append(c);
            offsets[n] = offset;
            widths[n] = width;
            owners.add(node);
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** The nodes around a text node that open and close with delimiters, innermost first. */
    private static List<Node> ancestors(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node p = node instanceof Code ? node : node.getParent(); p != null && !(p instanceof Document); p = p.getParent()) {
            if (p.getFirstChild() != null || p instanceof Code) {
                if (!(p instanceof com.vladsch.flexmark.ast.Paragraph)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String opener(Node n) {
        if (n instanceof Code code) {
            return code.getOpeningMarker().toString();
        }
        return n.getChars().baseSubSequence(n.getStartOffset(), n.getFirstChild().getStartOffset()).toString();
    }

    private static String closer(Node n) {
        if (n instanceof Code code) {
            return code.getClosingMarker().toString();
        }
        return n.getChars().baseSubSequence(n.getLastChild().getEndOffset(), n.getEndOffset()).toString();
    }

    /** Plain text as Markdown: the punctuation Markdown reads escaped. */
    private static String escape(String plain) {
        StringBuilder sb = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ("\\`*_[]<>~&#|!".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return InlineText.guardBlockStart(sb.toString());
    }
}
