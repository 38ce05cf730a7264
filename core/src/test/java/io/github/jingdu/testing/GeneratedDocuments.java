package io.github.jingdu.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.jingdu.model.Block;
import io.github.jingdu.model.Dateline;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.Explanation;
import io.github.jingdu.model.Field;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.FrontMatter;
import io.github.jingdu.model.Heading;
import io.github.jingdu.model.Inflection;
import io.github.jingdu.model.MarkdownBlock;
import io.github.jingdu.model.MarkdownKind;
import io.github.jingdu.model.Marker;
import io.github.jingdu.model.Morphology;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.Paragraph;
import io.github.jingdu.model.Passage;
import io.github.jingdu.model.Postscript;
import io.github.jingdu.model.Pronunciation;
import io.github.jingdu.model.Rendition;
import io.github.jingdu.model.RenditionKind;
import io.github.jingdu.model.Sense;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.StudyItem;
import io.github.jingdu.model.StudyText;
import io.github.jingdu.model.TranslationUnit;
import io.github.jingdu.model.VocabularyEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generates documents in canonical shape from hand-written parts whose fields are known, so
 * that writing one in canonical form and reading it back must give the same content.
 */
public final class GeneratedDocuments {
    private static final SourceSpan NO = SourceSpan.NONE;

    private static final List<Paragraph> ENGLISH = List.of(
            p("Type in a question to ChatGPT and an answer will materialise."),
            p("Most rely on a neural network, trained on massive amounts of information—text, images and the like—relevant to how it will be used."),
            new Paragraph("Put a prompt into DALL-E 3 and an image will emerge.",
                    "Put a prompt into DALL\\-E 3 and an image will emerge.", NO),
            p("166. Indeed, the share rose."),
            p("An attention layer allows a model to learn how multiple aspects of an input"),
            p("Is this right?"));
    private static final List<Paragraph> CHINESE = List.of(
            p("在ChatGPT上输入一个问题，答案就会出现。"),
            p("所有这些都是由人工智能(AI)模型驱动的。"),
            p("注意力层允许模型了解输入的多个方面"));
    private static final List<VocabularyEntry> ENTRIES = List.of(
            entry("type in", List.of(), "键入；输入；", List.of(), List.of(Sense.of("键入"), Sense.of("输入")), null, null,
                    List.of()),
            entry("dials", List.of(), "美 [ˈdaɪəlz] 拨号盘；刻度盘；转盘；（dial的复数）",
                    List.of(new Pronunciation("美", "ˈdaɪəlz")),
                    List.of(Sense.of("拨号盘"), Sense.of("刻度盘"), Sense.of("转盘")), "dial的复数",
                    new Morphology("dial", Inflection.PLURAL), List.of()),
            entry("melt-up", List.of(), "", List.of(), List.of(), null, null, List.of()),
            entry("granularity", List.of(), "英 [ˌɡrænjʊˈlærəti] 美 [grænjʊ'lærɪtɪ] 粒度 **注意发音**",
                    List.of(new Pronunciation("英", "ˌɡrænjʊˈlærəti"), new Pronunciation("美", "grænjʊ'lærɪtɪ")),
                    List.of(Sense.of("粒度")), null, null, List.of("注意发音")),
            entry("Vega", List.of(), "美 [ˈveɪɡə] [天文]织女星", List.of(new Pronunciation("美", "ˈveɪɡə")),
                    List.of(new Sense("织女星", "天文")), null, null, List.of()),
            entry("emphasise", List.of("emphasize"), "强调", List.of(), List.of(Sense.of("强调")), null, null,
                    List.of()),
            entry("reams of data", List.of(), "大量数据", List.of(), List.of(Sense.of("大量数据")), null, null,
                    List.of()));
    private static final List<Explanation> EXPLANATIONS = List.of(
            new Explanation("\"Ream\" 在这里指大量的数据。\n\n- 例子：大型语言模型能够处理大量的数据。(Large language models can process reams of data.)",
                    List.of(new Example("Large language models can process reams of data.", "大型语言模型能够处理大量的数据。")), NO),
            new Explanation("**例句**:\n\n- \"The deadline is creeping up.\"\n  **中文翻译**: 截止日期逐渐逼近。",
                    List.of(new Example("The deadline is creeping up.", "截止日期逐渐逼近。")), NO),
            new Explanation("", List.of(), NO));
    private static final List<String> STUDY_TEXTS = List.of("这里是补充说明，没有单词。", "| 词 | 意思 |\n|---|---|\n| a | b |");

    private GeneratedDocuments() {
    }

    private static VocabularyEntry entry(String head, List<String> variants, String gloss,
            List<Pronunciation> pronunciations, List<Sense> senses, String note, Morphology morphology,
            List<String> flags) {
        return new VocabularyEntry(head, variants, gloss, pronunciations, senses, note, morphology, flags, null, NO);
    }

    /** Random canonical-shaped documents. */
    public static Gen<NoteDocument> canonicalShaped() {
        return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 12)
                .map(seeds -> build(new Random(seeds.hashCode()), seeds.size()));
    }

    private static NoteDocument build(Random r, int size) {
        List<Block> blocks = new ArrayList<>();
        if (r.nextBoolean()) {
            blocks.add(frontMatter(r));
        }
        Block previous = blocks.isEmpty() ? null : blocks.get(0);
        for (int i = 0; i < size; i++) {
            boolean afterFlow = previous instanceof Passage || previous instanceof Postscript
                    || previous instanceof TranslationUnit;
            int choice = r.nextInt(afterFlow ? 4 : 6);
            Block b = switch (choice) {
                case 0 -> passage(r);
                case 3 -> translationUnit(r);
                case 1 -> new Heading(2 + r.nextInt(2), "Not my cup of tea", "**Not my cup of tea**", NO, "");
                case 2 -> postscript(r);
                case 4 -> new Figure("image-2024", "./assets/image-2024.png", r.nextBoolean() ? "" : "A title", NO, "");
                default -> markdown(r);
            };
            blocks.add(b);
            previous = b;
        }
        return new NoteDocument(blocks, List.of());
    }

    private static FrontMatter frontMatter(Random r) {
        boolean title = r.nextInt(4) > 0;
        Paragraph dek = title && r.nextBoolean()
                ? p("Deep neural networks are learning diffusion and other tricks") : null;
        Paragraph dekTranslation = dek != null && r.nextBoolean() ? p("深度神经网络正在学习扩散和其他技巧") : null;
        List<Field> fields = new ArrayList<>();
        if (!title || r.nextBoolean()) {
            fields.add(new Field("Link", "[https://example.com/a](https://example.com/a)", NO));
        }
        if (r.nextBoolean()) {
            fields.add(new Field("Speaker", "Fei-Fei Li", NO));
        }
        return new FrontMatter(title ? "How AI models are getting smarter" : null,
                title ? "How AI models are getting **smarter**" : null, dek, dekTranslation, fields, NO, "");
    }

    private static Passage passage(Random r) {
        List<Paragraph> source = pick(r, ENGLISH, r.nextInt(4));
        List<Paragraph> translation = pick(r, CHINESE, r.nextInt(3));
        List<StudyItem> study = new ArrayList<>();
        int items = r.nextInt(5);
        for (int i = 0; i < items; i++) {
            int kind = r.nextInt(5);
            boolean afterBareEntry = !study.isEmpty() && study.get(study.size() - 1) instanceof VocabularyEntry v
                    && v.explanation() == null;
            if (kind <= 1) {
                VocabularyEntry e = ENTRIES.get(r.nextInt(ENTRIES.size()));
                if (kind == 1) {
                    e = e.withExplanation(EXPLANATIONS.get(r.nextInt(EXPLANATIONS.size())));
                }
                study.add(e);
            } else if (kind == 2 && !afterBareEntry) {
                study.add(EXPLANATIONS.get(r.nextInt(EXPLANATIONS.size())));
            } else if (kind == 3) {
                study.add(new Figure("figure", "./assets/figure.png", "", NO, ""));
            } else if (kind == 4) {
                study.add(new StudyText(STUDY_TEXTS.get(r.nextInt(STUDY_TEXTS.size())), NO));
            }
        }
        Marker studyMarker = study.isEmpty() && r.nextBoolean() ? null : new Marker("学习：", NO);
        return new Passage(new Marker("原文：", NO), source, translation, studyMarker, study, null, NO, "");
    }

    private static TranslationUnit translationUnit(Random r) {
        List<Rendition> parts = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            parts.add(new Rendition(RenditionKind.SOURCE, 3, "英文原文", pick(r, ENGLISH, 1 + r.nextInt(2)), false, NO));
        }
        parts.add(new Rendition(RenditionKind.LITERAL, 3, "直译", pick(r, CHINESE, r.nextInt(3)), false, NO));
        if (r.nextBoolean()) {
            parts.add(new Rendition(RenditionKind.CRITIQUE, 3, r.nextBoolean() ? "问题" : "反思",
                    List.of(p("1. 第一段的语气过于生硬。"), p("2. 术语不统一。")), false, NO));
        }
        if (r.nextInt(4) > 0) {
            parts.add(new Rendition(RenditionKind.FREE, 3, "意译", pick(r, CHINESE, 1 + r.nextInt(2)), r.nextBoolean(), NO));
        }
        return new TranslationUnit(parts, null, null, NO, "");
    }

    private static Postscript postscript(Random r) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Dateline dateline = null;
        if (r.nextBoolean()) {
            paragraphs.add(p("2024年8月12日17点51分于上海。"));
            dateline = new Dateline(LocalDate.of(2024, 8, 12), LocalTime.of(17, 51), null, "上海");
        }
        if (r.nextBoolean()) {
            paragraphs.add(p("实验室电脑有点卡，准备重启。"));
        }
        return new Postscript(r.nextBoolean() ? "后记" : "**后记**", paragraphs, dateline, NO, "");
    }

    private static MarkdownBlock markdown(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new MarkdownBlock(MarkdownKind.TABLE, "| a | b |\n|---|---|\n| 1 | 2 |", NO, "");
            case 1 -> new MarkdownBlock(MarkdownKind.LIST, "- one\n- two", NO, "");
            default -> new MarkdownBlock(MarkdownKind.CODE, "```java\n原文：\n\nint x;\n```", NO, "");
        };
    }

    private static <T> List<T> pick(Random r, List<T> pool, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pool.get(r.nextInt(pool.size())));
        }
        return out;
    }

    private static Paragraph p(String text) {
        return new Paragraph(text, text, NO);
    }
}
