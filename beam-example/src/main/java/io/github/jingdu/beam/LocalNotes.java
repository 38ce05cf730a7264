package io.github.jingdu.beam;

import io.github.jingdu.lint.NoteFinder;
import io.github.jingdu.lint.NoteSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The notes of a local folder, found as the command finds them, by core's {@link NoteFinder}:
 * links to folders are not followed, a link to a file is read only when it leads to a regular
 * file inside the folder, and a folder that cannot be read is reported; nothing outside the
 * folder is read. (Beam's own matching of {@code **} follows links to folders.)
 *
 * @param notes the notes found, in path order
 * @param problems what was not read, and why
 */
record LocalNotes(List<MatchResult.Metadata> notes, Totals problems) {

    /**
     * Searches a folder.
     *
     * @param folders the folders, the input local
     * @throws IOException when a note found cannot be measured (it went away meanwhile, say)
     */
    static LocalNotes find(Folders folders) throws IOException {
        Path root = Path.of(folders.input());
        NoteSearch search = JingduPipeline.NOTES.find(root);
        Totals problems = new Totals();
        for (NoteSearch.Unread unread : search.unread()) {
            String why = unread.reason() == NoteSearch.Reason.LINK_OUTSIDE
                    ? "is a symbolic link that leads outside the input folder, so it is not read" : unread.message();
            problems.unreadable(folders.source(search.relative(unread.path())), why);
        }
        List<MatchResult.Metadata> notes = new ArrayList<>();
        for (Path file : search.notes()) {
            notes.add(MatchResult.Metadata.builder()
                    .setResourceId(FileSystems.matchNewResource(file.toString(), false))
                    .setIsReadSeekEfficient(true)
                    .setSizeBytes(Files.size(file))
                    .setLastModifiedMillis(0)
                    .build());
        }
        return new LocalNotes(notes, problems);
    }
}
