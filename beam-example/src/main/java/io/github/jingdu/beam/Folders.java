package io.github.jingdu.beam;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileSystems;
import org.jspecify.annotations.Nullable;

/**
 * The input and output folders, and how a note is named: by the input folder as it was given
 * followed by the note's path below it, as the command names the files it finds.
 *
 * @param input the input folder as Beam names it (absolute, ending with its separator)
 * @param shown the input folder as it was given, for the notes' names
 * @param output the output folder as Beam names it
 * @param local whether the input is on the local file system
 */
record Folders(String input, String shown, String output, boolean local) implements Serializable {

    /**
     * Names the folders.
     *
     * @throws IOException when a local input folder does not exist
     */
    static Folders of(String input, String output) throws IOException {
        boolean local = !input.contains("://");
        if (local && !Files.isDirectory(Path.of(input))) {
            throw new IOException("--input=" + input + ": no such folder");
        }
        String in = local ? Path.of(input).toAbsolutePath().normalize().toString() : input;
        String out = output.contains("://") ? output : Path.of(output).toAbsolutePath().normalize().toString();
        String beamInput = FileSystems.matchNewResource(in, true).toString();
        String shown = local ? Path.of(input).toString() : beamInput.substring(0, beamInput.length() - 1);
        return new Folders(beamInput, shown, FileSystems.matchNewResource(out, true).toString(), local);
    }

    /** A note's path below the input folder, with {@code /} between names, from its name in Beam. */
    String relative(String resource) {
        return resource.startsWith(input) ? resource.substring(input.length()) : resource;
    }

    /** A note's name in the outputs: the input as given, then its path below it. */
    String source(String relative) {
        return local ? Path.of(shown).resolve(relative).toString() : shown + "/" + relative;
    }

    /**
     * The note as a local file, by its absolute path (a worker's current folder is not the
     * launcher's), for the linter's checks of relative image paths; null elsewhere.
     */
    @Nullable Path localPath(String resource) {
        return local ? Path.of(resource) : null;
    }
}
