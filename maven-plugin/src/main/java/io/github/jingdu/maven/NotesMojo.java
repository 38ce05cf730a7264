package io.github.jingdu.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read a project's notes share: where the notes are, and what to leave out.
 *
 * @since 0.1.0
 */
public abstract class NotesMojo extends AbstractMojo {
    /** The project's folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The folders searched for {@code *.md} and {@code *.txt} notes. Default: the project's folder. */
    @Parameter
    private List<File> sources;

    /** Glob patterns on the paths below a source folder, such as {@code drafts/**}, of files to leave out. */
    @Parameter
    private List<String> excludes;

    /** Creates the goal; Maven sets its parameters. */
    protected NotesMojo() {
    }

    /**
     * Finds the notes to read.
     *
     * @return the notes files, folder by folder, in path order (what is not read is warned of)
     * @throws IOException if a source folder cannot be resolved
     * @throws IllegalArgumentException for an exclude that is not a glob
     */
    List<NotesSources.Source> notes() throws IOException {
        return NotesSources.find(sources == null || sources.isEmpty() ? List.of(basedir) : sources,
                excludes == null ? List.of() : excludes, getLog()::warn);
    }
}
