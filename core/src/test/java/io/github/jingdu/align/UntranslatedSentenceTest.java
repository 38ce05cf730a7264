package io.github.jingdu.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence the translation leaves out, in a translation that follows its source closely: set
 * apart as untranslated, not joined to its neighbour's bead because one of its words is in the
 * neighbour's translation; and the same sentence kept in that bead when the translation holds it.
 */
class UntranslatedSentenceTest {
    private static final Lexicon LEXICON = Lexicon.builder()
            .add("农民", "farmer").add("市场", "market").add("卖", "to sell").add("牛", "cattle; cow")
            .add("牛肉", "beef").add("价格", "price").add("上涨", "to rise").add("急剧", "sharply")
            .add("家庭", "family").add("鸡肉", "chicken").add("买", "to buy").add("现在", "now")
            .add("政府", "government").add("计划", "plan").add("进口", "to import").add("粮食", "grain")
            .add("希望", "to hope").add("雨", "rain").add("餐馆", "restaurant").add("抱怨", "to complain")
            .add("周末", "weekend").add("天气", "weather").add("冷", "cold").add("村庄", "village")
            .build();

    private static final List<String> ENGLISH = List.of(
            "The farmer sold his cattle at the market in the village.",
            "Prices for beef have risen sharply.",
            "Many families now buy chicken at the market instead of beef.",
            "Restaurants complain every weekend that the market is noisy, that the weather is cold and that the rain never stops.",
            "The government plans to import more grain.",
            "Farmers in the village hope the rain will come soon.");

    @Test
    void aSentenceLeftOutIsSetApart() {
        List<String> chinese = List.of(
                "农民在村庄的市场上卖了他的牛。",
                "牛肉价格急剧上涨。",
                "现在许多家庭在市场上买鸡肉，而不是牛肉。",
                "政府计划进口更多粮食。",
                "村庄里的农民希望雨快点来。");
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]"), shapes(chinese));
    }

    @Test
    void theSameSentenceTranslatedTogetherWithItsNeighbourStaysInItsBead() {
        List<String> chinese = List.of(
                "农民在村庄的市场上卖了他的牛。",
                "牛肉价格急剧上涨。",
                "现在许多家庭在市场上买鸡肉，而不是牛肉；餐馆每个周末都抱怨市场吵闹，天气冷，雨也下个不停。",
                "政府计划进口更多粮食。",
                "村庄里的农民希望雨快点来。");
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2, 3]:[2]", "[4]:[3]", "[5]:[4]"), shapes(chinese));
    }

    private static List<String> shapes(List<String> chinese) {
        Alignment a = Aligner.builder().installedLexicons(false).lexicon(LEXICON).build()
                .align(ENGLISH, chinese, LanguagePair.EN_ZH);
        return a.beads().stream().map(b -> b.source() + ":" + b.target()).toList();
    }
}
