package io.github.jingdu.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the Chinese name that a bracketed short form stands for begins, and when no name can be
 * told: one sentence, the short form, and the name found (empty for none).
 */
class ChineseNameBoundaryTest {
    private final TermExtractor extractor = TermExtractor.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // About one word per capital: the words before the name are not part of it.
        "当一个美国人想到人工智能(AI)时，|AI|人工智能",
        "新的生成式人工智能(AI)工具|AI|人工智能",
        "公司推出了电动汽车(EV)。|EV|电动汽车",
        // A long name keeps a word more than its capitals.
        "国际货币基金组织(IMF)的一份报告|IMF|国际货币基金组织",
        // A kind of body in apposition before the name.
        "咨询公司麦肯锡(McKinsey)认为|McKinsey|麦肯锡",
        "华盛顿智库新美国安全中心(CNAS)的研究员|CNAS|新美国安全中心",
        // 和 inside a name, when the words after it are too few for the short form.
        "据世界旅行和旅游理事会（WTTC）称，|WTTC|世界旅行和旅游理事会",
        "设计工作室和英特尔代工服务(IFS)。|IFS|英特尔代工服务",
        // Dates end a name after a numeral only.
        "日本民主党(DPJ)在三年内|DPJ|日本民主党",
        "7月欧洲央行(ECB)降息|ECB|欧洲央行",
        // Hyphens between Han characters belong to the name.
        "民主党的分支——民主-农民-劳工党(DFL)的主席|DFL|民主-农民-劳工党",
        // A preposition alone before the name, but not a word that begins with it.
        "模型都是用图形处理器(GPU)训练的|GPU|图形处理器",
        "改善用户体验(UX)。|UX|用户体验",
        // No answer: Latin words joined to the name, a name in ordinary words, a name cut by 的.
        "反移民的Sahra Wagenknecht联盟(BSW)为8%|BSW|",
        "5月6日，高飞者（High-Flyer），一家公司|High-Flyer|",
        "英国改革党(Reform UK)领导人|Reform UK|",
        "激进的不屈服的法兰西(LFI)到温和的中间派|LFI|",
    })
    void findsWhereTheNameBegins(String text, String shortForm, String name) {
        List<String> found = extractor.abbreviations(text).stream()
                .filter(a -> a.pattern() == DefinitionPattern.CHINESE && a.shortForm().equals(shortForm))
                .map(Abbreviation::longForm).toList();
        assertEquals(name == null ? List.of() : List.of(name), found);
    }
}
