package io.github.jingdu.beam;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileSystems;
import org.jspecify.annotations.Nullable;

/**
 * The input and output folders, as Beam names them (a folder's name ends with its separator),
 * and what a note's path is below the input.
 *
 * @param input the input folder
 * @param output the output folder
 * @param local whether the input is on the local file system, where links are checked
 */
record Folders(String input, String output, boolean local) implements Serializable {

    /**
     * Names the folders as Beam does: a local path absolute, with its links resolved.
     *
     * @throws IOException when the input folder does not exist
     */
    static Folders of(String input, String output) throws IOException {
        boolean local = !input.contains("://");
        if (local && !Files.isDirectory(Path.of(input))) {
            throw new IOException("--input=" + input + ": no such folder");
        }
        String in = local ? Path.of(input).toRealPath().toString() : input;
        String out = output.contains("://") ? output : Path.of(output).toAbsolutePath().normalize().toString();
        return new Folders(FileSystems.matchNewResource(in, true).toString(),
                FileSystems.matchNewResource(out, true).toString(), local);
    }

    /** A note's path below the input folder, with {@code /} between names. */
    String relative(String source) {
        return source.startsWith(input) ? source.substring(input.length()) : source;
    }

    /**
     * Says why a note found below the input folder is not read: a symbolic link that leads
     * outside it (nothing outside the input is read). Null when it may be read.
     */
    @Nullable String outside(String source) {
        if (!local) {
            return null;
        }
        try {
            Path real = Path.of(source).toRealPath();
            if (!real.startsWith(Path.of(input)) || !Files.isRegularFile(real)) {
                return "is a symbolic link that leads outside " + input + " or to what is not a file, so it is not read";
            }
            return null;
        } catch (IOException e) {
            return "is a symbolic link that leads nowhere, so it is not read";
        }
    }

    /** The note as a local file, for the linter's checks of relative image paths; null elsewhere. */
    @Nullable Path localPath(String source) {
        return local ? Path.of(source) : null;
    }
}
