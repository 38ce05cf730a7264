package io.github.jingdu.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The renderer's XHTML made HTML: the XML-only attributes go, nothing else changes. */
class HtmlMarkupTest {
    @Test
    void xmlLangAndEpubTypeGoEverythingElseStays() {
        assertEquals("<section role=\"doc-chapter\" id=\"c1\" lang=\"zh-CN\"><p>a <b>b</b><br/></p></section>",
                HtmlMarkup.of("<section epub:type=\"chapter\" role=\"doc-chapter\" id=\"c1\" lang=\"zh-CN\""
                        + " xml:lang=\"zh-CN\"><p>a <b>b</b><br/></p></section>"));
    }

    @Test
    void aValueThatSaysEpubTypeIsAValue() {
        assertEquals("<figure><img src=\"a.png\" alt=\"see epub:type=\"/><figcaption lang=\"en\">see xml:lang=\"x\""
                + "</figcaption></figure>", HtmlMarkup.of("<figure><img src=\"a.png\" alt=\"see epub:type=\"/>"
                        + "<figcaption lang=\"en\" xml:lang=\"en\">see xml:lang=\"x\"</figcaption></figure>"));
    }
}
