package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report is valid against the official SARIF 2.1.0 schema (rtm.5, as the npm package
 * {@code @microsoft/jest-sarif} ships it; {@code .ci/run} unpacks it), its paths are URI
 * references whatever characters they hold, and its rules carry what GitHub code scanning needs.
 */
class LintReportSarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReportIsValidSarifForPathsWithSpacesChineseAndColons() throws Exception {
        Path schemaFile = Path.of(System.getProperty("jingdu.sarifSchema", "missing"));
        assertTrue(Files.isRegularFile(schemaFile), "the SARIF schema is missing at " + schemaFile
                + ": .ci/run unpacks it from the npm package @microsoft/jest-sarif");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(schemaFile.toFile()));
        Linter linter = Linter.create();
        String text = "原文:\n\nHello.\n";
        List<FileFindings> files = new ArrayList<>();
        for (String name : List.of("notes/a b.md", "笔记/第一 篇.md", "a,b:c.md", "/abs/dir/x%y.md", "dir\\win.md")) {
            files.add(new FileFindings(name, linter.lint(text, null).findings()));
        }
        JsonNode sarif = JSON.readTree(LintReport.write(ReportFormat.SARIF, files));

        assertEquals(Set.of(), schema.validate(sarif));
        List<String> uris = sarif.findValuesAsText("uri");
        assertEquals(List.of("notes/a%20b.md", "%E7%AC%94%E8%AE%B0/%E7%AC%AC%E4%B8%80%20%E7%AF%87.md",
                "a%2Cb%3Ac.md", "file:///abs/dir/x%25y.md", "dir/win.md"), uris.stream().distinct().toList());
        for (String uri : uris) {
            assertTrue(isUriReference(uri), uri);
        }
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertFalse(driver.path("version").asText().isEmpty());
        assertEquals("https://github.com/jingdu/jingdu", driver.path("informationUri").asText());
        for (JsonNode rule : driver.path("rules")) {
            assertFalse(rule.at("/fullDescription/text").asText().isEmpty(), rule.toString());
            assertTrue(rule.path("helpUri").asText().endsWith("/docs/rules/" + rule.path("name").asText() + ".md"));
        }
        JsonNode results = sarif.at("/runs/0/results");
        assertFalse(results.isEmpty(), "the note has findings");
        for (JsonNode result : results) {
            // The schema allows -1 ("not given"); a result must point at its own rule.
            assertEquals(result.path("ruleId").asText(),
                    driver.path("rules").path(result.path("ruleIndex").asInt(-1)).path("id").asText(), result.toString());
        }

        ObjectNode broken = sarif.deepCopy();
        broken.remove("version");
        assertFalse(schema.validate(broken).isEmpty(), "the schema check finds a report without its version");
    }

    private static boolean isUriReference(String s) {
        try {
            new URI(s);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
