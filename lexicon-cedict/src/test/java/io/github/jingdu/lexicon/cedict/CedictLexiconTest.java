package io.github.jingdu.lexicon.cedict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.Lexicon;
import io.github.jingdu.align.LexiconProvider;
import io.github.jingdu.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CC-CEDICT artifact: the data is the pinned edition, the aligner finds it, it stays small. */
class CedictLexiconTest {

    @Test
    void theDataIsTheEditionTheReadmeNames() throws IOException, NoSuchAlgorithmException {
        String readme = Files.readString(SharedData.projectRoot().resolve("lexicon-cedict/README.md"));
        Matcher m = Pattern.compile("SHA-256 of `cedict_ts.u8.gz`: `([0-9a-f]{64})`").matcher(readme);
        assertTrue(m.find(), "README.md states the data's SHA-256");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(compressed());
        assertEquals(m.group(1), HexFormat.of().formatHex(digest));
        assertTrue(CedictLexicon.text().startsWith("# CC-CEDICT, as published on 2026-01-04"));
    }

    @Test
    void theServiceLoaderFindsItAndItTranslates() {
        LexiconProvider provider = ServiceLoader.load(LexiconProvider.class).findFirst().orElseThrow();
        assertEquals("CC-CEDICT 2026-01-04", provider.name());
        assertTrue(provider.attribution().contains("CC BY-SA 4.0"), provider.attribution());
        Lexicon installed = Lexicon.installed();
        assertTrue(installed.size() > 120_000, "words: " + installed.size());
        assertTrue(installed.englishStems("图书馆").contains("library"), installed.englishStems("图书馆").toString());
        assertTrue(installed.englishStems("圖書館").contains("library"), "the traditional form too");
    }

    @Test
    void itFitsInFarLessThanAHundredMegabytes() {
        String text = CedictLexicon.text();
        System.gc();
        long before = usedHeap();
        Lexicon lexicon = Lexicon.parseCedict(text);
        System.gc();
        long after = usedHeap();
        long megabytes = (after - before) >> 20;
        System.out.printf("CC-CEDICT lexicon: %d words, %d MB of heap retained (text %d MB)%n", lexicon.size(),
                megabytes, text.getBytes(StandardCharsets.UTF_8).length >> 20);
        assertTrue(megabytes < 100, megabytes + " MB");
    }

    private static byte[] compressed() throws IOException {
        try (InputStream in = CedictLexicon.class.getResourceAsStream(CedictLexicon.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
