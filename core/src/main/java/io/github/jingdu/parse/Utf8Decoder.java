package io.github.jingdu.parse;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes UTF-8, replacing bad bytes with U+FFFD and saying where each run of them was. */
final class Utf8Decoder {
    private static final int MAX_REPORTED = 20;

    record Decoded(String text, List<Diagnostic> diagnostics) {
    }

    private Utf8Decoder() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int bad = 0;
        int scanned = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            for (int i = scanned; i < out.position(); i++) {
                if (out.get(i) == '\n' || out.get(i) == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n')) {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = out.position();
            if (!result.isError()) {
                break;
            }
            if (bad < MAX_REPORTED) {
                int offset = out.position();
                diagnostics.add(new Diagnostic(Severity.ERROR, "invalid-utf8",
                        "byte " + in.position() + " is not valid UTF-8 and was read as U+FFFD;"
                                + " save the file as UTF-8",
                        new SourceSpan(offset, 1, line, offset - lineStart + 1)));
            }
            bad++;
            out.put('\uFFFD');
            scanned = out.position();
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        if (bad > MAX_REPORTED) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "invalid-utf8",
                    bad + " runs of bytes in all are not valid UTF-8; save the file as UTF-8",
                    new SourceSpan(0, 0, 1, 1)));
        }
        out.flip();
        return new Decoded(out.toString(), diagnostics);
    }
}
