package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reading edition keeps the author's inline formatting: on every corpus note, the bold,
 * italic, code, struck-through and link spans of the passages' English are as many in the EPUB
 * as in the source, though sentences cut some of them in two (a span is counted in the EPUB as a
 * run of text its elements cover without a break).
 */
class EpubFormattingCorpusTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))).build();
    private static final List<String> KINDS = List.of("strong", "em", "code", "del", "link");

    @Test
    void everyCorpusNoteKeepsItsBoldItalicsCodeAndLinks() throws Exception {
        Path corpus = SharedData.require("corpus", "the formatting conformance test over the corpus");
        NotesParser parser = NotesParser.create();
        List<String> differences = new ArrayList<>();
        Map<String, Integer> total = new LinkedHashMap<>();
        for (Path file : SharedData.notesFiles(corpus)) {
            EpubSource source = EpubWriterTest.source(parser, file, corpus);
            Map<String, Integer> written = new LinkedHashMap<>();
            for (Passage p : source.document().passages()) {
                for (Paragraph paragraph : p.source()) {
                    count(PARSER.parse(paragraph.markdown()), written);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EpubWriter.builder().build().write(List.of(source), out);
            Map<String, Integer> shown = shown(EpubWriterTest.entry(out.toByteArray(), "OEBPS/chapter-001.xhtml"));
            if (!written.equals(shown)) {
                differences.add(corpus.relativize(file) + ": source " + written + ", EPUB " + shown);
            }
            written.forEach((k, v) -> total.merge(k, v, Integer::sum));
        }
        System.out.println("Inline formatting in corpus passages, kept in the EPUB: " + total);
        assertTrue(total.values().stream().mapToInt(Integer::intValue).sum() > 0, "the corpus has formatting");
        assertEquals(List.of(), differences);
    }

    private static void count(Node node, Map<String, Integer> counts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            String kind = child instanceof StrongEmphasis ? "strong"
                    : child instanceof Emphasis ? "em"
                    : child instanceof Code ? "code"
                    : child instanceof Strikethrough ? "del"
                    : child instanceof Link || child instanceof AutoLink ? "link" : null;
            if (kind != null) {
                counts.merge(kind, 1, Integer::sum);
            }
            count(child, counts);
        }
    }

    /** Runs of text under each kind of element, in the English of the passages. */
    private static Map<String, Integer> shown(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        NodeList divs = doc.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (!div.getAttribute("class").equals("source")) {
                continue;
            }
            NodeList paragraphs = div.getElementsByTagNameNS("*", "p");
            for (int k = 0; k < paragraphs.getLength(); k++) {
                for (String kind : KINDS) {
                    List<Boolean> covered = new ArrayList<>();
                    cover(paragraphs.item(k), kind, false, covered);
                    int runs = 0;
                    for (int c = 0; c < covered.size(); c++) {
                        if (covered.get(c) && (c == 0 || !covered.get(c - 1))) {
                            runs++;
                        }
                    }
                    if (runs > 0) {
                        counts.merge(kind, runs, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** For each character of text, whether an element of the kind holds it. */
    private static void cover(org.w3c.dom.Node node, String kind, boolean inside, List<Boolean> covered) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                for (int i = 0; i < child.getNodeValue().length(); i++) {
                    covered.add(inside);
                }
            } else if (child instanceof Element e) {
                boolean is = kind.equals("link") ? e.getLocalName().equals("a") && !e.getAttribute("class").equals("noteref")
                        || e.getLocalName().equals("span") && e.getAttribute("class").equals("link")
                        : e.getLocalName().equals(kind);
                cover(child, kind, inside || is, covered);
            }
        }
    }
}
