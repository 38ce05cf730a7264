package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.cli.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jingdu lsp} speaks the protocol over standard input and output, and nothing else there. */
class LspCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionOverStandardStreams() throws Exception {
        String note = "原文：\n\nA passage without a translation.\n";
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"untitled:notes\",\"languageId\":\"markdown\",\"version\":1,\"text\":"
                + JSON.writeValueAsString(note) + "}}}");
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

        Run run = CliRun.runWithInput(in.toByteArray(), "lsp");

        assertEquals(0, run.status(), run.err());
        List<JsonNode> messages = messages(run.out());
        assertEquals(List.of("1", "textDocument/publishDiagnostics", "2"),
                messages.stream().map(m -> m.has("id") ? m.get("id").asText() : m.get("method").asText()).toList());
        JsonNode diagnostic = messages.get(1).at("/params/diagnostics/0");
        assertEquals("JD001 0:0-0:3", diagnostic.get("code").asText() + " "
                + diagnostic.at("/range/start/line") + ":" + diagnostic.at("/range/start/character") + "-"
                + diagnostic.at("/range/end/line") + ":" + diagnostic.at("/range/end/character"));
    }

    @Test
    void anInputThatEndsWithoutShutdownExitsWithOne() {
        Run run = CliRun.runWithInput(new byte[0], "lsp");
        assertEquals(1, run.status());
        assertEquals("", run.out());
    }

    private static void send(ByteArrayOutputStream in, String message) {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        in.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        in.writeBytes(body);
    }

    /** Splits standard output (ISO-8859-1 chars, one per byte) into the messages it carries. */
    private static List<JsonNode> messages(String out) throws Exception {
        byte[] bytes = out.getBytes(StandardCharsets.ISO_8859_1);
        List<JsonNode> found = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            int headerEnd = out.indexOf("\r\n\r\n", at);
            String header = out.substring(at, headerEnd);
            assertEquals(true, header.startsWith("Content-Length: "), "a header, at byte " + at + ": " + header);
            int length = Integer.parseInt(header.substring("Content-Length: ".length()).trim());
            found.add(JSON.readTree(new String(bytes, headerEnd + 4, length, StandardCharsets.UTF_8)));
            at = headerEnd + 4 + length;
        }
        return found;
    }
}
