package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How abbreviations are defined in English and Chinese text, and what is only an aside. */
class AbbreviationTest {
    private final TermExtractor extractor = TermExtractor.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "All these things are powered by artificial-intelligence (AI) models.|AI|artificial-intelligence",
        "two families of models: large language models (LLMs) for text|LLMs|large language models",
        "patients treated with proton pump inhibitors (PPIs) were|PPIs|proton pump inhibitors",
        "measured non-high-density lipoprotein (HDL) levels|HDL|high-density lipoprotein",
        "the International Index of Erectile Function (IIEF) was|IIEF|International Index of Erectile Function",
        "the quality of three-dimensional (3D) reconstruction|3D|three-dimensional",
        "Serum testosterone (T) fell.|T|testosterone",
        "in the endothelium (blood-brain barrier, BBB) and|BBB|blood-brain barrier",
        "the cytokines IL (interleukin) 1alpha|IL|interleukin",
        "The standard used is N-(1-naphthyl) ethylene diamine dihydrochloride (NEDC) which|NEDC|N-(1-naphthyl) ethylene diamine dihydrochloride",
        "所有这些都是由人工智能(AI)模型驱动的。|AI|人工智能",
        "目前最令人兴奋的是两类模型:文本的大型语言模型(LLM)和图像的扩散模型。|LLM|大型语言模型",
        "大多依赖大型语言模型(LLM)和数十亿个转盘。|LLM|大型语言模型",
        "例如，FLAC （Free Lossless Audio Codec）在不牺牲音质的情况下|FLAC|Free Lossless Audio Codec",
    })
    void findsTheDefinition(String text, String shortForm, String longForm) {
        List<Abbreviation> found = extractor.abbreviations(text);
        assertEquals(1, found.size(), () -> "found " + found);
        Abbreviation a = found.get(0);
        assertEquals(shortForm, a.shortForm());
        assertEquals(longForm, a.longForm());
        assertEquals(shortForm, text.substring(a.shortStart(), a.shortEnd()));
        assertEquals(longForm, text.substring(a.longStart(), a.longEnd()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The mean was 4.2 (p<0.01) and 3.1 (p = 0.03).",
        "Cows (n = 523) were inseminated.",
        "examined with several methods (e.g. imaging) and",
        "这些比以前的更深(即有更多层的神经元),而且组织方式让它们可以快速处理大量数据。",
        "这里我们只使用斜坡(或ReLU)作为激活函数。",
        "我们总是想最终到达最近的点（即，我们总是去最近的咖啡店）。",
        "2022年发布的Stability Diffusion(来自Stability AI)和Imagen",
        "the liquid (which may be a feature for some users) was",
        "Unbalanced (ABC and (DEF",
    })
    void findsNothingInAnAside(String text) {
        assertEquals(List.of(), extractor.abbreviations(text));
    }

    @org.junit.jupiter.api.Test
    void aChineseExpansionGivesTheEnglishAndTheChineseName() {
        String text = "而 JPEG （全称 Joint Photographic Experts Group，联合图像专家组）则帮助我们";
        List<Abbreviation> found = extractor.abbreviations(text);
        assertEquals(List.of("JPEG=Joint Photographic Experts Group", "JPEG=联合图像专家组"),
                found.stream().map(a -> a.shortForm() + "=" + a.longForm()).toList());
        assertEquals(List.of(DefinitionPattern.SHORT_THEN_LONG, DefinitionPattern.CHINESE),
                found.stream().map(Abbreviation::pattern).toList());
    }
}
