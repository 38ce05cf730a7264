package io.github.jingdu.html.internal;

import io.github.jingdu.render.internal.GlossaryIds;
import io.github.jingdu.render.internal.GlossaryLink;
import io.github.jingdu.render.internal.Meanings;
import io.github.jingdu.render.internal.Notes;
import io.github.jingdu.render.internal.Packaging;
import io.github.jingdu.render.internal.Tasks;
import io.github.jingdu.render.internal.Xml;
import io.github.jingdu.text.internal.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The glossary: every headword once, in English collation order, on a page per initial letter
 * ({@link Packaging#webGlossaryPage}) with its first note's summary and links to every place it
 * is studied; and {@code glossary.html}, where a script searches all of them by headword,
 * Chinese or pinyin and sorts them, from {@code glossary/words.js}: what the search matches
 * (headword, Chinese, pinyin), where the entry is, how many notes study it and where it is first
 * met.
 */
final class SiteGlossary {
    static final String WORDS = "glossary/words.js";

    private SiteGlossary() {
    }

    /** An entry's occurrence: the entry as written there and the page it is on. */
    private record Occurrence(GlossaryLink entry, SiteWriter.NotePage page) {
    }

    /**
     * @param pages the site's note pages
     * @param ids the glossary's ids by key, in its order
     * @param siteTitle the site's title
     * @param executor where the letters' pages are made
     * @return the glossary's files by path
     */
    static Map<String, String> files(List<SiteWriter.NotePage> pages, Map<String, String> ids, String siteTitle,
            Executor executor) {
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (SiteWriter.NotePage page : pages) {
            for (GlossaryLink e : page.glossary()) {
                byKey.computeIfAbsent(GlossaryIds.key(e.entry()), k -> new ArrayList<>()).add(new Occurrence(e, page));
            }
        }
        Map<String, Integer> firstMet = new LinkedHashMap<>();
        byKey.keySet().forEach(k -> firstMet.put(k, firstMet.size()));
        Map<String, List<String>> keysByLetter = new TreeMap<>();
        StringBuilder words = new StringBuilder("window.jingduGlossary = [\n");
        for (String key : ids.keySet()) {
            List<Occurrence> list = byKey.get(key);
            if (list == null) {
                continue;
            }
            String page = Packaging.webGlossaryPage(key);
            Set<String> notes = new LinkedHashSet<>();
            list.forEach(o -> notes.add(o.page().chapter().file()));
            GlossaryLink first = list.get(0).entry();
            String meaning = Meanings.of(first.entry());
            words.append('[').append(JsString.of(first.entry().headword())).append(',').append(JsString.of(meaning))
                    .append(',').append(JsString.of(sound(meaning))).append(',').append(JsString.of(page + "#" + ids.get(key)))
                    .append(',').append(notes.size()).append(',').append(firstMet.get(key)).append("],\n");
            keysByLetter.computeIfAbsent(page, p -> new ArrayList<>()).add(key);
        }
        words.append("];\n");
        String nav = letterNavigation(keysByLetter.keySet());
        // Each letter's page on the executor: its entries' senses and notes are rendered, and the
        // page's Chinese runs marked, as much work as a note's page.
        Map<String, CompletableFuture<String>> letters = new LinkedHashMap<>();
        keysByLetter.forEach((page, keys) -> letters.put(page, CompletableFuture.supplyAsync(
                () -> letterPage(page, keys, byKey, ids, nav, siteTitle), executor)));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("glossary.html", searchPage(nav, siteTitle));
        out.put(WORDS, words.toString());
        letters.forEach((page, made) -> out.put(page, Tasks.join(made)));
        return out;
    }

    /** The page of one letter: each of its words, what it means, and the notes that study it. */
    private static String letterPage(String page, List<String> keys, Map<String, List<Occurrence>> byKey,
            Map<String, String> ids, String nav, String siteTitle) {
        StringBuilder letter = new StringBuilder();
        for (String key : keys) {
            List<Occurrence> list = byKey.get(key);
            letter.append("<li id=\"").append(ids.get(key)).append("\">\n").append(Notes.summary(list.get(0).entry().entry()))
                    .append("<p class=\"where\">Studied in ");
            Set<String> linked = new LinkedHashSet<>();
            for (Occurrence o : list) {
                if (linked.add(o.page().chapter().file())) {
                    letter.append(linked.size() == 1 ? "" : ", ").append("<a href=\"../").append(o.entry().href())
                            .append("\">").append(Xml.escape(o.page().chapter().title())).append("</a>");
                }
            }
            letter.append("</p>\n</li>\n");
        }
        String name = name(page);
        String main = "<h1>Glossary <span lang=\"zh-CN\">词汇表</span>: " + name + "</h1>\n"
                + nav.replace("href=\"glossary/", "href=\"") + "<ol class=\"glossary\">\n" + letter + "</ol>\n";
        return WebPage.of("Glossary: " + name, siteTitle, WebPage.Kind.GLOSSARY_LETTER, main, "");
    }

    /**
     * The Chinese of a text as toneless pinyin, a syllable per character, in lower case
     * ({@code 政治} → {@code zheng zhi}), with its other letters and digits: learners search by
     * what they hear. Anything else separates words.
     */
    static String sound(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        text.codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                space(out);
                out.append(Pinyin.of(c)).append(' ');
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toString(c).toLowerCase(Locale.ROOT));
            } else {
                space(out);
            }
        });
        return out.toString().strip();
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static String searchPage(String nav, String siteTitle) {
        String main = "<h1>Glossary <span lang=\"zh-CN\">词汇表</span></h1>\n"
                + "<div class=\"finder\" role=\"search\">\n<label for=\"q\">Search: English, Chinese or pinyin</label>\n"
                + "<input type=\"search\" id=\"q\" autocomplete=\"off\" spellcheck=\"false\">\n"
                + "<label for=\"sort\">Order</label>\n<select id=\"sort\">\n"
                + "<option value=\"az\">A to Z</option>\n<option value=\"count\">Most studied</option>\n"
                + "<option value=\"first\">As first met</option>\n</select>\n"
                + "<p id=\"found\" role=\"status\">Searching needs JavaScript: browse the words by letter.</p>\n</div>\n"
                + "<ol class=\"glossary\" id=\"results\"></ol>\n" + nav;
        return WebPage.of("Glossary", siteTitle, WebPage.Kind.GLOSSARY, main, "", WORDS);
    }

    /** Links to each letter's page, from the site's root. */
    private static String letterNavigation(Set<String> pages) {
        if (pages.isEmpty()) {
            return "<p>No vocabulary.</p>\n";
        }
        StringBuilder out = new StringBuilder("<nav class=\"letters\" aria-label=\"Letters\">\n");
        for (String page : pages) {
            out.append("<a href=\"").append(page).append("\">").append(name(page)).append("</a>\n");
        }
        return out.append("</nav>\n").toString();
    }

    /** A letter page's name: {@code A}, or {@code Other} for {@code glossary/other.html}. */
    private static String name(String page) {
        String letter = page.substring(page.indexOf('/') + 1, page.lastIndexOf('.'));
        return letter.equals("other") ? "Other" : letter.toUpperCase(Locale.ROOT);
    }
}
