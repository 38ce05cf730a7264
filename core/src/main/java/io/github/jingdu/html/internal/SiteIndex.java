package io.github.jingdu.html.internal;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.render.internal.MarkdownXhtml;
import io.github.jingdu.render.internal.Xml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's index: the notes by folder (a genre, a magazine's year), each with its title, its
 * standfirst, its file's name (two notes may share a title), its date and how many passages and
 * vocabulary entries it holds.
 */
final class SiteIndex {
    private SiteIndex() {
    }

    static String html(List<SiteWriter.NotePage> pages, String siteTitle) {
        Map<String, List<SiteWriter.NotePage>> byFolder = new LinkedHashMap<>();
        for (SiteWriter.NotePage page : pages) {
            String path = page.source().path();
            int slash = path.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), k -> new ArrayList<>()).add(page);
        }
        StringBuilder out = new StringBuilder("<h1>").append(Xml.escape(siteTitle)).append("</h1>\n");
        if (pages.isEmpty()) {
            out.append("<p>No notes.</p>\n");
        }
        for (Map.Entry<String, List<SiteWriter.NotePage>> folder : byFolder.entrySet()) {
            boolean named = !folder.getKey().isEmpty();
            out.append("<section class=\"folder\">\n");
            if (named) {
                out.append("<h2>").append(Xml.escape(folder.getKey())).append("</h2>\n");
            }
            out.append("<ul class=\"notes\">\n");
            for (SiteWriter.NotePage page : folder.getValue()) {
                out.append(entry(page, named ? "h3" : "h2"));
            }
            out.append("</ul>\n</section>\n");
        }
        return WebPage.of(siteTitle, siteTitle, WebPage.Kind.INDEX, out.toString(), "");
    }

    private static String entry(SiteWriter.NotePage page, String heading) {
        NoteDocument d = page.source().document();
        StringBuilder out = new StringBuilder("<li>\n<").append(heading).append("><a href=\"")
                .append(page.chapter().file()).append("\">").append(Xml.escape(page.chapter().title())).append("</a></")
                .append(heading).append(">\n");
        FrontMatter f = d.frontMatter().orElse(null);
        if (f != null && f.dek() != null) {
            out.append("<p class=\"dek\">").append(MarkdownXhtml.get().inline(f.dek().markdown(), MarkdownXhtml.NO_IMAGES))
                    .append("</p>\n");
        }
        int passages = 0;
        int words = 0;
        for (Block b : d.blocks()) {
            if (b instanceof Passage p) {
                passages++;
                words += p.vocabulary().size();
            } else if (b instanceof TranslationUnit) {
                passages++;
            } else if (b instanceof StudyNotes n) {
                words += n.vocabulary().size();
            }
        }
        String path = page.source().path();
        out.append("<p class=\"meta\">").append(Xml.escape(path.substring(path.lastIndexOf('/') + 1))).append(" · ");
        LocalDate date = date(d);
        if (date != null) {
            out.append("<time datetime=\"").append(date).append("\">").append(date).append("</time> · ");
        }
        out.append(count(passages, "passage")).append(" · ").append(count(words, "word")).append(" studied</p>\n</li>\n");
        return out.toString();
    }

    /** The latest date of the note's postscripts, or null. */
    private static LocalDate date(NoteDocument d) {
        LocalDate latest = null;
        for (Postscript p : d.only(Postscript.class)) {
            Dateline line = p.dateline();
            if (line != null && line.date() != null && (latest == null || line.date().isAfter(latest))) {
                latest = line.date();
            }
        }
        return latest;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
