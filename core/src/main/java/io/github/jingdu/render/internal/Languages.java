package io.github.jingdu.render.internal;

import io.github.jingdu.parse.internal.Scripts;
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
                    out.append(token.raw());
                }
                languages.push(language);
                closes.push(ends[k]);
                continue;
            }
            out.append(token.raw());
            while (!closes.isEmpty() && closes.peek() == k) {
                closes.pop();
                languages.pop();
            }
        }
        return out.toString();
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
