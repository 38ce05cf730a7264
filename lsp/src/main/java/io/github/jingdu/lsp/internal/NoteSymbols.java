package io.github.jingdu.lsp.internal;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.BlockVisitor;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.VocabularyEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.jspecify.annotations.Nullable;

/**
 * A note's outline: sections (headings, nested by level) as namespaces, passages and translation
 * units as structs inside the section they stand in, vocabulary entries as keys inside their
 * passage. A section's range reaches to the end of the last thing inside it, as the protocol
 * wants a parent to contain its children.
 */
final class NoteSymbols {

    private static final int NAME_LENGTH = 48;

    private NoteSymbols() {
    }

    private static final class Node {
        final String name;
        final String detail;
        final SymbolKind kind;
        final int offset;
        final int selectionEnd;
        int end;
        final int level;
        final List<Node> children = new ArrayList<>();

        Node(String name, String detail, SymbolKind kind, SourceSpan span, int level) {
            this.name = name.isBlank() ? "(untitled)" : name;
            this.detail = detail;
            this.kind = kind;
            this.offset = span.offset();
            this.end = span.end();
            this.selectionEnd = span.end();
            this.level = level;
        }

        DocumentSymbol toSymbol(LineIndex lines) {
            DocumentSymbol s = new DocumentSymbol(name, kind, lines.range(offset, end),
                    lines.range(offset, Math.min(selectionEnd, end)), detail);
            List<DocumentSymbol> kids = new ArrayList<>(children.size());
            for (Node c : children) {
                kids.add(c.toSymbol(lines));
            }
            s.setChildren(kids);
            return s;
        }
    }

    static List<DocumentSymbol> of(NoteDocument document, LineIndex lines) {
        List<Node> top = new ArrayList<>();
        Deque<Node> sections = new ArrayDeque<>();
        int[] passages = {0};
        BlockVisitor<@Nullable Node> nodes = new BlockVisitor<>() {
            @Override
            public Node visit(Heading h) {
                return new Node(h.text(), "", SymbolKind.Namespace, h.span(), h.level());
            }

            @Override
            public Node visit(Passage p) {
                passages[0]++;
                Node node = new Node(firstWords(p.source()), "passage " + passages[0], SymbolKind.Struct, p.span(),
                        Integer.MAX_VALUE);
                addEntries(node, p.vocabulary());
                return node;
            }

            @Override
            public Node visit(TranslationUnit u) {
                return new Node(unitName(u), "translation", SymbolKind.Struct, u.span(), Integer.MAX_VALUE);
            }

            @Override
            public @Nullable Node visit(StudyNotes n) {
                if (n.vocabulary().isEmpty()) {
                    return null;
                }
                Node node = new Node("vocabulary", "", SymbolKind.Struct, n.span(), Integer.MAX_VALUE);
                addEntries(node, n.vocabulary());
                return node;
            }

            @Override
            public @Nullable Node visit(FrontMatter f) {
                return null;
            }

            @Override
            public @Nullable Node visit(Figure f) {
                return null;
            }

            @Override
            public @Nullable Node visit(Postscript p) {
                return null;
            }

            @Override
            public @Nullable Node visit(MarkdownBlock m) {
                return null;
            }
        };
        for (Block b : document.blocks()) {
            Node node = b.span().isKnown() ? b.accept(nodes) : null;
            if (node == null) {
                continue;
            }
            if (node.kind == SymbolKind.Namespace) {
                // A section: it closes the sections of its level and below.
                while (!sections.isEmpty() && sections.peek().level >= node.level) {
                    sections.pop();
                }
                add(node, sections, top);
                sections.push(node);
            } else {
                add(node, sections, top);
            }
        }
        List<DocumentSymbol> out = new ArrayList<>(top.size());
        for (Node n : top) {
            out.add(n.toSymbol(lines));
        }
        return out;
    }

    private static void add(Node node, Deque<Node> sections, List<Node> top) {
        if (sections.isEmpty()) {
            top.add(node);
            return;
        }
        sections.peek().children.add(node);
        for (Node section : sections) {
            section.end = Math.max(section.end, node.end);
        }
    }

    private static void addEntries(Node parent, List<VocabularyEntry> entries) {
        for (VocabularyEntry e : entries) {
            SourceSpan span = e.span();
            if (span.isKnown() && span.offset() >= parent.offset && span.end() <= parent.end) {
                parent.children.add(new Node(e.headword(), String.join("；", e.senseTexts()), SymbolKind.Key, span,
                        Integer.MAX_VALUE));
            }
        }
    }

    private static String firstWords(List<Paragraph> paragraphs) {
        return paragraphs.isEmpty() ? "(no English)" : shorten(paragraphs.get(0).text());
    }

    private static String unitName(TranslationUnit unit) {
        for (Rendition r : unit.parts()) {
            if (!r.paragraphs().isEmpty()) {
                return shorten(r.paragraphs().get(0).text());
            }
        }
        return "translation";
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= NAME_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, NAME_LENGTH)) + "…";
    }
}
