package io.github.jingdu.lexicon.cedict;

import io.github.jingdu.align.Lexicon;
import io.github.jingdu.align.LexiconProvider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * CC-CEDICT (edition of 2026-01-04, 124,263 entries) for the aligner and the term extractor:
 * both the simplified and the traditional form of each word translate its English senses. Read from the jar the first time
 * {@link #lexicon()} is called (in its compact form), then kept.
 *
 * @since 0.1.0
 */
public final class CedictLexicon implements LexiconProvider {
    /** The dictionary inside the jar, in CC-CEDICT's text format, gzipped. */
    static final String RESOURCE = "cedict_ts.u8.gz";
    /** The same, in the compact form {@link CompileCedict} made from it when the jar was built. */
    static final String COMPACT = "cedict.lexicon";

    /** Made by {@link java.util.ServiceLoader}; {@link #lexicon()} reads the data once per class loader. */
    public CedictLexicon() {
    }

    @Override
    public String name() {
        return "CC-CEDICT 2026-01-04";
    }

    @Override
    public String attribution() {
        return "CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), CEDICT Copyright (C) 1997, 1998"
                + " Paul Andrew Denisowski, licensed under CC BY-SA 4.0"
                + " (https://creativecommons.org/licenses/by-sa/4.0/)";
    }

    @Override
    public Lexicon lexicon() {
        return Holder.LEXICON;
    }

    /** The dictionary's text, as shipped. */
    static String text() {
        try (InputStream raw = CedictLexicon.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jingdu-lexicon-cedict jar");
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the jingdu-lexicon-cedict jar", e);
        }
    }

    /**
     * Reads the compact form; or the text, ten times slower, when the compact form was made by
     * another version of Jingdu's stemmer than the one running (a jar of another release).
     */
    static Lexicon load() {
        try (InputStream raw = CedictLexicon.class.getResourceAsStream(COMPACT)) {
            if (raw != null) {
                return Lexicon.read(new BufferedInputStream(raw, 1 << 16));
            }
        } catch (IOException e) {
            // Made by another stemmer: the text gives the same lexicon.
        }
        return Lexicon.parseCedict(text());
    }

    /** Reads the dictionary when first needed, once. */
    private static final class Holder {
        static final Lexicon LEXICON = load();
    }
}
