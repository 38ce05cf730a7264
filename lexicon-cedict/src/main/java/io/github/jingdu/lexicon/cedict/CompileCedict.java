package io.github.jingdu.lexicon.cedict;

import io.github.jingdu.align.Lexicon;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the compact form of the dictionary that {@link CedictLexicon} loads: run by this
 * module's build (exec-maven-plugin, process-classes), with the stemmer of the jingdu-core it is
 * built against, so that the jar never ships stems another version made.
 *
 * @since 0.1.0
 */
public final class CompileCedict {
    private CompileCedict() {
    }

    /**
     * Writes the compact form.
     *
     * @param args the file to write
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Lexicon lexicon = Lexicon.parseCedict(CedictLexicon.text());
        try (OutputStream o = Files.newOutputStream(out)) {
            lexicon.write(o);
        }
    }
}
