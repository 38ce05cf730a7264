package io.github.jingdu.epub.internal;

import io.github.jingdu.epub.EpubEdition;
import io.github.jingdu.model.Block;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.TranslationUnit;
import java.util.ArrayList;
import java.util.List;

/** Renders one document as one chapter: an XHTML page, and the sections its navigation lists. */
public final class ChapterWriter {
    /** A chapter's page and the headings it contains, for the table of contents. */
    public record Chapter(String file, String title, String xhtml, List<String[]> sections) {
    }

    private ChapterWriter() {
    }

    static Chapter write(NoteDocument document, int number, String fallbackTitle, ChapterContext ctx, String file) {
        String c = "c" + number;
        String title = document.frontMatter().map(FrontMatter::title).filter(t -> t != null && !t.isBlank())
                .orElse(fallbackTitle);
        List<String[]> sections = new ArrayList<>();
        StringBuilder body = new StringBuilder("<section epub:type=\"chapter\" id=\"").append(c).append("\">\n");
        if (document.frontMatter().map(FrontMatter::title).filter(t -> t != null && !t.isBlank()).isEmpty()) {
            body.append("<h1>").append(Xml.escape(title)).append("</h1>\n");
        }
        PassageRenderer passages = new PassageRenderer(ctx);
        int k = 0;
        for (Block block : document.blocks()) {
            k++;
            String id = c + "-" + k;
            if (block instanceof FrontMatter f) {
                body.append(frontMatter(f, ctx.edition()));
            } else if (block instanceof Passage p) {
                body.append(passages.render(p, id));
            } else if (block instanceof StudyNotes n) {
                body.append(passages.render(n, id));
            } else if (block instanceof Heading h) {
                int level = Math.min(6, Math.max(2, h.level() + 1));
                body.append("<h").append(level).append(" id=\"").append(id).append("\">")
                        .append(Xml.escape(h.text())).append("</h").append(level).append(">\n");
                sections.add(new String[] {id, h.text()});
            } else if (block instanceof Figure f) {
                body.append(ctx.figure(f));
            } else if (block instanceof Postscript p) {
                body.append("<section class=\"postscript\" id=\"").append(id).append("\"").append(Xhtml.lang("zh-CN"))
                        .append(">\n<h2>").append(Inline.text(p.title())).append("</h2>\n");
                for (Paragraph paragraph : p.paragraphs()) {
                    body.append("<p>").append(Inline.text(paragraph.markdown())).append("</p>\n");
                }
                body.append("</section>\n");
            } else if (block instanceof TranslationUnit u) {
                body.append(unit(u, id, ctx.edition()));
            } else if (block instanceof MarkdownBlock m) {
                body.append(MarkdownBlocks.render(m.kind(), m.markdown()));
            }
        }
        body.append("</section>\n");
        String language = ctx.edition() == EpubEdition.TRANSLATION ? "zh-CN" : "en";
        return new Chapter(file, title, Xhtml.page(title, language, body.toString()), sections);
    }

    private static String frontMatter(FrontMatter f, EpubEdition edition) {
        StringBuilder out = new StringBuilder();
        if (f.title() != null && !f.title().isBlank()) {
            out.append("<h1>").append(Xml.escape(f.title())).append("</h1>\n");
        }
        if (f.dek() != null && edition != EpubEdition.TRANSLATION) {
            out.append("<p class=\"dek\"").append(Xhtml.lang("en")).append('>').append(Inline.text(f.dek().markdown()))
                    .append("</p>\n");
        }
        if (f.dekTranslation() != null && edition != EpubEdition.SOURCE) {
            out.append("<p class=\"dek\"").append(Xhtml.lang("zh-CN")).append('>')
                    .append(Inline.text(f.dekTranslation().markdown())).append("</p>\n");
        }
        for (Field field : f.fields()) {
            out.append("<p class=\"field\">").append(Xml.escape(field.key())).append(": ")
                    .append(Inline.text(field.value())).append("</p>\n");
        }
        return out.toString();
    }

    private static String unit(TranslationUnit u, String id, EpubEdition edition) {
        StringBuilder out = new StringBuilder("<section class=\"translation-unit\" id=\"").append(id).append("\">\n");
        for (Rendition part : u.parts()) {
            boolean english = part.kind() == RenditionKind.SOURCE;
            if (english && edition == EpubEdition.TRANSLATION || !english && edition == EpubEdition.SOURCE) {
                continue;
            }
            out.append("<div class=\"").append(part.kind().jsonName()).append("\"")
                    .append(Xhtml.lang(english ? "en" : "zh-CN")).append(">\n<h3>").append(Xml.escape(part.heading()))
                    .append("</h3>\n");
            for (Paragraph p : part.paragraphs()) {
                out.append("<p>").append(Inline.text(p.markdown())).append("</p>\n");
            }
            out.append("</div>\n");
        }
        return out.append("</section>\n").toString();
    }
}
