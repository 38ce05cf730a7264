package io.github.jingdu.render.internal;

import io.github.jingdu.text.internal.Scripts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Tells the language of text, so that a reading system speaks each part with the right voice:
 * notes mix Chinese explanations with English words and examples.
 */
public final class Languages {
    /** English. */
    public static final String ENGLISH = "en";
    /** Simplified Chinese. */
    public static final String CHINESE = "zh-CN";

    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "figcaption", "blockquote", "pre");

    private Languages() {
    }

    /**
     * @param text plain text
     * @param otherwise the language when the text has no letters of either script
     * @return {@link #CHINESE} when Han characters dominate, {@link #ENGLISH} when it has Latin
     *     letters, else {@code otherwise}
     */
    public static String of(String text, String otherwise) {
        if (Scripts.isChinese(text)) {
            return CHINESE;
        }
        return Scripts.hasLatin(text) ? ENGLISH : otherwise;
    }

    /**
     * Gives each block element of rendered XHTML ({@code p}, {@code li}, table cells…) a
     * {@code lang} when its text is in another language than the element around it.
     *
     * @param html XHTML from {@link MarkdownXhtml}
     * @param container the language of the element the XHTML goes in
     * @return the XHTML with {@code lang} and {@code xml:lang} where the language changes
     */
    public static String tag(String html, String container) {
        List<XhtmlTokens.Token> tokens = XhtmlTokens.of(html);
        if (tokens == null) {
            return html;
        }
        int[] ends = matchingEnds(tokens);
        StringBuilder out = new StringBuilder(html.length() + 32);
        Deque<String> languages = new ArrayDeque<>();
        languages.push(container);
        Deque<Integer> closes = new ArrayDeque<>();
        for (int k = 0; k < tokens.size(); k++) {
            XhtmlTokens.Token token = tokens.get(k);
            if (token.kind() == XhtmlTokens.Kind.START && BLOCKS.contains(token.name()) && !token.raw().contains(" lang=")) {
                String inherited = languages.peek();
                String language = of(text(tokens, k, ends[k]), inherited);
                if (!language.equals(inherited)) {
                    String raw = token.raw();
                    out.append(raw, 0, raw.length() - 1).append(Xhtml.lang(language)).append('>');
                } else {
                    token.appendTo(out);
                }
                languages.push(language);
                closes.push(ends[k]);
                continue;
            }
            token.appendTo(out);
            while (!closes.isEmpty() && closes.peek() == k) {
                closes.pop();
                languages.pop();
            }
        }
        return out.toString();
    }

    /**
     * Marks each run of Chinese inside English elements ({@code 画家花了几个小时} after an English
     * example in one list item) with a {@code <span lang="zh-CN">}, so that read-aloud speaks
     * it with a Chinese voice.
     *
     * @param html well-formed XHTML content, such as a page's body
     * @param container the language of the element it goes in
     * @return the XHTML with the runs marked
     */
    public static String markChineseRuns(String html, String container) {
        // A scan of the text itself, not of tokens: pages are large, and most characters are
        // text, copied a run at a time.
        StringBuilder out = new StringBuilder(html.length() + html.length() / 8);
        Deque<String> languages = new ArrayDeque<>();
        languages.push(container);
        boolean english = container.equals(ENGLISH);
        boolean open = false;
        int i = 0;
        int n = html.length();
        while (i < n) {
            if (html.charAt(i) == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    return html;
                }
                if (open) {
                    out.append("</span>");
                    open = false;
                }
                out.append(html, i, close + 1);
                if (html.charAt(i + 1) == '/') {
                    if (languages.size() > 1) {
                        languages.pop();
                    }
                } else if (html.charAt(close - 1) != '/' && html.charAt(i + 1) != '!' && html.charAt(i + 1) != '?') {
                    languages.push(langOf(html, i, close + 1, languages.peek()));
                }
                english = languages.peek().equals(ENGLISH);
                i = close + 1;
                continue;
            }
            boolean han = english && isChineseChar(html.charAt(i));
            if (han != open) {
                out.append(han ? "<span" + Xhtml.lang(CHINESE) + ">" : "</span>");
                open = han;
            }
            int run = i + 1;
            while (run < n && html.charAt(run) != '<' && (english && isChineseChar(html.charAt(run))) == han) {
                run++;
            }
            out.append(html, i, run);
            i = run;
        }
        if (open) {
            out.append("</span>");
        }
        return out.toString();
    }

    /** A Han character or the punctuation of Chinese text (full-width, CJK symbols). */
    private static boolean isChineseChar(char c) {
        return Scripts.isHan(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF65;
    }

    /** The language the start tag {@code html[from, to)} sets, or the inherited one. */
    private static String langOf(String html, int from, int to, String inherited) {
        for (int at = from; at + 7 <= to; at++) {
            if (html.startsWith(" lang=\"", at)) {
                int value = at + 7;
                for (int end = value; end < to; end++) {
                    if (html.charAt(end) == '"') {
                        return html.substring(value, end);
                    }
                }
                return inherited;
            }
        }
        return inherited;
    }

    private static int[] matchingEnds(List<XhtmlTokens.Token> tokens) {
        int[] ends = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < tokens.size(); k++) {
            XhtmlTokens.Kind kind = tokens.get(k).kind();
            if (kind == XhtmlTokens.Kind.START) {
                open.push(k);
            } else if (kind == XhtmlTokens.Kind.END && !open.isEmpty()) {
                ends[open.pop()] = k;
            }
        }
        return ends;
    }

    private static String text(List<XhtmlTokens.Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).kind() == XhtmlTokens.Kind.TEXT) {
                sb.append(tokens.get(k).text());
            }
        }
        return sb.toString();
    }
}
