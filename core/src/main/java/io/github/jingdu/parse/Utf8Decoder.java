package io.github.jingdu.parse;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.Severity;
import io.github.jingdu.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes UTF-8, replacing bad bytes with U+FFFD and saying where each run of them was, or, when
 * the file is in another encoding notes are often saved in, naming it once.
 */
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
        String likely = bad == 0 ? null : likelyEncoding(bytes);
        if (likely != null) {
            Diagnostic first = diagnostics.get(0);
            diagnostics.clear();
            diagnostics.add(new Diagnostic(Severity.ERROR, "invalid-utf8", "the file is not UTF-8 but looks like "
                    + likely + ": " + bad + " run" + (bad == 1 ? "" : "s") + " of its bytes were read as U+FFFD,"
                    + " the first here; save it as UTF-8 (for example with iconv -t UTF-8) and read it again",
                    first.span()));
        } else if (bad > MAX_REPORTED) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "invalid-utf8",
                    bad + " runs of bytes in all are not valid UTF-8; save the file as UTF-8",
                    new SourceSpan(0, 0, 1, 1)));
        }
        out.flip();
        return new Decoded(out.toString(), diagnostics);
    }

    /**
     * The encoding the bytes are most likely in, when it is one that notes are commonly saved in
     * by mistake: UTF-16 (told by its byte-order mark), or GB18030 and its subset GBK (the bytes
     * decode strictly, and most of what is not ASCII is then Han or Chinese punctuation).
     *
     * @return a name to show, or null when the bytes are just damaged
     */
    private static String likelyEncoding(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return "UTF-16 (it starts with UTF-16's byte-order mark)";
        }
        CharsetDecoder gb = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text;
        try {
            text = gb.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
        int other = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                other++;
                if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) {
                    chinese++;
                }
            }
        }
        return other > 0 && chinese * 10 >= other * 8 ? "GB18030 (or GBK, a part of it)" : null;
    }
}
