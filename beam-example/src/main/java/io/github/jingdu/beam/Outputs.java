package io.github.jingdu.beam;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes the pipeline's files through Beam's {@code FileSystems}: each to a temporary name beside
 * it, then renamed, so that a reader never sees half a file and a retried step writes the same
 * bytes again.
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * Returns a file below a folder.
     *
     * @param folder the folder, as given to the pipeline
     * @param relative the file's path below it, with {@code /} between names
     */
    static ResourceId file(String folder, String relative) {
        ResourceId at = FileSystems.matchNewResource(folder, true);
        String[] names = relative.split("/");
        for (int i = 0; i < names.length; i++) {
            at = at.resolve(names[i], i < names.length - 1
                    ? StandardResolveOptions.RESOLVE_DIRECTORY : StandardResolveOptions.RESOLVE_FILE);
        }
        return at;
    }

    /**
     * Writes a file whole.
     *
     * @param target the file
     * @param bytes its content
     * @throws IOException when it cannot be written
     */
    static void write(ResourceId target, byte[] bytes) throws IOException {
        ResourceId temporary = target.getCurrentDirectory().resolve("." + target.getFilename() + ".tmp-"
                + UUID.randomUUID(), StandardResolveOptions.RESOLVE_FILE);
        try {
            try (WritableByteChannel channel = FileSystems.create(temporary, MimeTypes.BINARY);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
            }
            FileSystems.rename(List.of(temporary), List.of(target));
        } catch (IOException e) {
            FileSystems.delete(List.of(temporary), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
            throw e;
        }
    }
}
