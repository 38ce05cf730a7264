package io.github.jingdu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-line form of a diagnostic, as compilers write theirs and editors link to. */
class DiagnosticFormatTest {

    @Test
    void aDiagnosticWithAPlaceNamesItsLineAndColumn() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "line-too-long", "line 12 is longer than 100 characters",
                new SourceSpan(240, 120, 12, 5));
        assertEquals("notes/a.md:12:5: warning: line 12 is longer than 100 characters [line-too-long]",
                d.format("notes/a.md"));
        assertEquals(d.format("notes/a.md"), new SourceDiagnostic("notes/a.md", d).format());
    }

    @Test
    void oneWithoutAPlaceNamesTheSourceAlone() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "invalid-json", "not a jingdu-notes document", SourceSpan.NONE);
        assertEquals("b.json: error: not a jingdu-notes document [invalid-json]", d.format("b.json"));
    }
}
