package io.github.jingdu.json;

import io.github.jingdu.align.Language;
import io.github.jingdu.align.Segment;
import io.github.jingdu.align.SentenceSegmenter;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.Sentence;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.render.internal.SentenceMarkdown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown of a block's sentences, cut from its paragraphs: the aligner's sentences are the
 * paragraphs' segments, in order, so each sentence's text finds its Markdown.
 */
final class SentenceMarkdowns {
    private final Map<String, Deque<String>> byText = new HashMap<>();

    private SentenceMarkdowns() {
    }

    /**
     * @param english the English paragraphs, by part
     * @param chinese the Chinese paragraphs, by part
     */
    static SentenceMarkdowns of(List<List<Paragraph>> english, List<List<Paragraph>> chinese) {
        SentenceMarkdowns out = new SentenceMarkdowns();
        english.forEach(p -> out.add(p, Language.ENGLISH));
        chinese.forEach(p -> out.add(p, Language.CHINESE));
        return out;
    }

    static SentenceMarkdowns of(TranslationUnit unit) {
        List<List<Paragraph>> english = new ArrayList<>();
        List<List<Paragraph>> chinese = new ArrayList<>();
        for (Rendition r : unit.parts()) {
            (r.kind() == RenditionKind.SOURCE ? english : chinese).add(r.paragraphs());
        }
        return of(english, chinese);
    }

    private void add(List<Paragraph> paragraphs, Language language) {
        SentenceSegmenter segmenter = SentenceSegmenter.of(language);
        for (Paragraph p : paragraphs) {
            List<Segment> segments = segmenter.segment(p.text());
            List<int[]> ranges = segments.stream().map(s -> new int[] {s.start(), s.end()}).toList();
            List<String> markdown = SentenceMarkdown.cut(p.markdown(), p.text(), ranges);
            for (int i = 0; i < segments.size(); i++) {
                byText.computeIfAbsent(segments.get(i).text(), k -> new ArrayDeque<>()).add(markdown.get(i));
            }
        }
    }

    /** Each sentence's Markdown, in order, or null for one whose paragraph was not found. */
    List<String> take(List<Sentence> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Deque<String> q = byText.get(s.text());
            out.add(q == null || q.isEmpty() ? null : q.poll());
        }
        return out;
    }
}
