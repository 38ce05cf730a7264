package io.github.jingdu.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.align.DocumentAligner;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.model.StudyNotes;
import io.github.jingdu.parse.NotesParser;
import io.github.jingdu.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chapters written on a pool of threads give the book written on one thread, byte for byte, and
 * the glossary's ids, fixed before any chapter is written, are the ones the chapters link to.
 */
class EpubChaptersInParallelTest {
    private static final Pattern GLOSSARY_LINK = Pattern.compile("glossary\\.xhtml#([^\"]*)");
    private static final Pattern GLOSSARY_ID = Pattern.compile("<dt id=\"([^\"]*)\"");
    /** Vocabulary under the title is study notes, shown in every edition, unlike a passage's. */
    private static final String NOTES_OUTSIDE_A_PASSAGE = """
            # How AI models are getting smarter

            diffusion：美 [dɪˈfjuʒən] 扩散；传播

            原文：

            Diffusion models learn to undo noise.

            扩散模型学会去除噪声。

            学习：

            noise：噪声
            """;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static List<EpubSource> sources() throws IOException {
        NotesParser parser = NotesParser.create();
        Path seeds = SharedData.projectRoot().resolve("seeds");
        List<EpubSource> out = new ArrayList<>();
        out.add(EpubWriterTest.source(parser, seeds.resolve("000_2a148c15c4b98b6e.txt"), seeds));
        NoteDocument titled = DocumentAligner.create().align(parser.parse(NOTES_OUTSIDE_A_PASSAGE));
        assertFalse(titled.only(StudyNotes.class).isEmpty(), "the example must have study notes outside a passage");
        out.add(new EpubSource(titled, "titled.md", null, null));
        out.add(EpubWriterTest.source(parser, seeds.resolve("003_ab445b9359c57aa7.txt"), seeds));
        // The seed again: its headwords are already in the glossary when its second chapter is written.
        out.add(EpubWriterTest.source(parser, seeds.resolve("000_2a148c15c4b98b6e.txt"), seeds));
        return out;
    }

    private static byte[] book(List<EpubSource> sources, EpubWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(sources, out);
        return out.toByteArray();
    }

    @Test
    void aPoolOfThreadsWritesTheSameBytes() throws IOException {
        List<EpubSource> sources = sources();
        for (EpubEdition edition : EpubEdition.values()) {
            byte[] alone = book(sources, EpubWriter.builder().edition(edition).build());
            byte[] pooled = book(sources, EpubWriter.builder().edition(edition).executor(pool).build());
            assertArrayEquals(alone, pooled, edition.toString());
        }
    }

    @Test
    void glossaryIdsFollowTheGlossaryAndEveryLinkFindsOne() throws IOException {
        List<EpubSource> sources = sources();
        for (EpubEdition edition : EpubEdition.values()) {
            byte[] epub = book(sources, EpubWriter.builder().edition(edition).executor(pool).build());
            List<String> ids = all(GLOSSARY_ID, EpubWriterTest.entry(epub, "OEBPS/glossary.xhtml"));
            List<String> numbered = new ArrayList<>();
            for (int i = 1; i <= ids.size(); i++) {
                numbered.add("g" + i);
            }
            assertEquals(numbered, ids, edition + ": ids are numbered in the glossary's order");
            Set<String> linked = new LinkedHashSet<>();
            for (String name : EpubWriterTest.entries(epub)) {
                if (name.startsWith("OEBPS/chapter-")) {
                    linked.addAll(all(GLOSSARY_LINK, EpubWriterTest.entry(epub, name)));
                }
            }
            assertEquals(Set.copyOf(ids), linked, edition + ": every note links to an entry, every entry is linked");
            assertTrue(ids.size() >= (edition == EpubEdition.TRANSLATION ? 1 : 2), edition + ": " + ids);
        }
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
