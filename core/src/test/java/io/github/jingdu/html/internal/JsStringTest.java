package io.github.jingdu.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Note text as a JavaScript string in the glossary's script. */
class JsStringTest {
    @Test
    void plainTextIsQuoted() {
        assertEquals("\"粒度 granularity\"", JsString.of("粒度 granularity"));
    }

    @Test
    void whatCouldEndTheStringOrTheScriptIsEscaped() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\u003c/script> \\u003c!-- a\\nb\\u0009\\u2028\"",
                JsString.of("say \"hi\" \\ </script> <!-- a\nb\t\u2028"));
    }
}
