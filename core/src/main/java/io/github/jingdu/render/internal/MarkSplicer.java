package io.github.jingdu.render.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a caller's elements ({@link Mark}) around ranges of the text of rendered inline XHTML,
 * keeping the XHTML well formed: a formatting element that a mark's edge cuts is closed there
 * and opened again on the other side ({@code <strong>a. b</strong>} cut into two sentences is
 * {@code <span><strong>a.</strong></span> <span><strong>b</strong></span>}), so a mark is
 * written once, with its id, and never split. A mark that would put a link inside a link, or
 * that crosses another mark, is left out.
 */
final class MarkSplicer {
    private MarkSplicer() {
    }

    /**
     * @param html inline XHTML whose text is {@code plain}: well formed, entities only for
     *     {@code & < > " '} or numeric
     * @param plain the text
     * @param marks the ranges to wrap
     * @return the XHTML with the marks, and the marks it holds; null when its text is not
     *     {@code plain}
     */
    static Spliced splice(String html, String plain, List<Mark> marks) {
        if (html.indexOf('<') < 0) {
            return spliceText(html, plain, marks);
        }
        List<XhtmlTokens.Token> tokens = XhtmlTokens.of(html);
        if (tokens == null || !text(tokens).equals(plain)) {
            return null;
        }
        List<Mark> kept = kept(marks, plain.length(), linkRanges(tokens));
        StringBuilder out = new StringBuilder(html.length() + 64 * kept.size());
        List<XhtmlTokens.Token> open = new ArrayList<>();
        int physical = 0;
        List<Mark> markStack = new ArrayList<>();
        int next = 0;
        int t = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean atEnd = k == tokens.size();
            int position = atEnd ? plain.length() : t;
            boolean hasEvent = !markStack.isEmpty() && markStack.get(markStack.size() - 1).end() == position
                    || next < kept.size() && kept.get(next).start() == position;
            if (hasEvent) {
                physical = closeRendered(out, open, physical, 0);
                while (!markStack.isEmpty() && markStack.get(markStack.size() - 1).end() == position) {
                    out.append(markStack.remove(markStack.size() - 1).close());
                }
                while (next < kept.size() && kept.get(next).start() == position) {
                    Mark m = kept.get(next++);
                    out.append(m.open());
                    markStack.add(m);
                }
            }
            if (atEnd) {
                break;
            }
            XhtmlTokens.Token token = tokens.get(k);
            switch (token.kind()) {
                case START -> {
                    physical = reopen(out, open, physical);
                    token.appendTo(out);
                    open.add(token);
                    physical++;
                }
                case END -> {
                    if (physical == open.size()) {
                        token.appendTo(out);
                        physical--;
                    }
                    open.remove(open.size() - 1);
                }
                case VOID -> {
                    physical = reopen(out, open, physical);
                    token.appendTo(out);
                }
                case TEXT -> {
                    physical = reopen(out, open, physical);
                    token.appendTo(out);
                    t++;
                }
            }
        }
        closeRendered(out, open, physical, 0);
        for (int i = markStack.size() - 1; i >= 0; i--) {
            out.append(markStack.get(i).close());
        }
        return new Spliced(out.toString(), kept);
    }

    /**
     * The common case, escaped text without elements: the marks go in by offset, with no element
     * to close and reopen.
     */
    private static Spliced spliceText(String html, String plain, List<Mark> marks) {
        List<Mark> kept = kept(marks, plain.length(), List.of());
        StringBuilder out = new StringBuilder(html.length() + 64 * kept.size());
        List<Mark> stack = new ArrayList<>();
        int next = 0;
        int t = 0;
        int i = 0;
        while (true) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() == t) {
                out.append(stack.remove(stack.size() - 1).close());
            }
            while (next < kept.size() && kept.get(next).start() == t) {
                Mark m = kept.get(next++);
                out.append(m.open());
                stack.add(m);
            }
            if (i >= html.length()) {
                break;
            }
            int end = i + 1;
            if (html.charAt(i) == '&') {
                int semi = html.indexOf(';', i);
                if (semi < 0) {
                    return null;
                }
                end = semi + 1;
            }
            if (t >= plain.length() || end == i + 1 && html.charAt(i) != plain.charAt(t)) {
                return null;
            }
            out.append(html, i, end);
            i = end;
            t++;
        }
        if (t != plain.length()) {
            return null;
        }
        for (int k = stack.size() - 1; k >= 0; k--) {
            out.append(stack.get(k).close());
        }
        return new Spliced(out.toString(), kept);
    }

    private static int reopen(StringBuilder out, List<XhtmlTokens.Token> open, int physical) {
        for (int i = physical; i < open.size(); i++) {
            out.append(open.get(i).raw());
        }
        return open.size();
    }

    private static int closeRendered(StringBuilder out, List<XhtmlTokens.Token> open, int physical, int to) {
        for (int i = physical - 1; i >= to; i--) {
            out.append("</").append(open.get(i).name()).append('>');
        }
        return to;
    }

    /** The marks that nest, are not empty, lie inside the text and put no link inside a link. */
    private static List<Mark> kept(List<Mark> marks, int length, List<int[]> links) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> kept = new ArrayList<>();
        List<Mark> stack = new ArrayList<>();
        for (Mark m : sorted) {
            if (m.start() < 0 || m.end() > length || m.start() >= m.end()) {
                continue;
            }
            if (m.open().startsWith("<a ") && links.stream().anyMatch(r -> r[0] < m.end() && m.start() < r[1])) {
                continue;
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= m.start()) {
                stack.remove(stack.size() - 1);
            }
            if (!stack.isEmpty() && stack.get(stack.size() - 1).end() < m.end()) {
                continue;
            }
            kept.add(m);
            stack.add(m);
        }
        return kept;
    }

    /** The text ranges inside {@code <a>} elements of the XHTML. */
    private static List<int[]> linkRanges(List<XhtmlTokens.Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int t = 0;
        int start = -1;
        for (XhtmlTokens.Token token : tokens) {
            if (token.kind() == XhtmlTokens.Kind.TEXT) {
                t++;
            } else if (token.kind() == XhtmlTokens.Kind.START && token.name().equals("a")) {
                start = t;
            } else if (token.kind() == XhtmlTokens.Kind.END && token.name().equals("a") && start >= 0) {
                out.add(new int[] {start, t});
                start = -1;
            }
        }
        return out;
    }

    private static String text(List<XhtmlTokens.Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (XhtmlTokens.Token token : tokens) {
            if (token.kind() == XhtmlTokens.Kind.TEXT) {
                sb.append(token.text());
            }
        }
        return sb.toString();
    }
}
