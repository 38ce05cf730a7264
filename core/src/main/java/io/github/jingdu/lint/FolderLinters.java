package io.github.jingdu.lint;

import io.github.jingdu.parse.NotesParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The linters of a tree of notes: each file is linted with the configuration of the nearest
 * {@value LintConfig#FILE_NAME} in its folder or above (or with one configuration for every file),
 * with a preset and rule levels laid over it, as a command line or a build gives them. Each
 * folder's configuration is read once, and its linter built once.
 *
 * <pre>{@code
 * FolderLinters linters = FolderLinters.builder().preset(Preset.CHINESE_COPYWRITING).build();
 * for (Path file : files) {
 *     Optional<Linter> linter = linters.linterFor(file);   // empty when .jingdu.json ignores it
 *     if (linter.isPresent()) {
 *         report(file, linter.get().lint(file));
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe: files of one folder may be linted on several threads at once. A configuration
 * file changed after its folder was first asked about is not read again; build a new
 * {@code FolderLinters} for that.
 *
 * @since 0.1.0
 */
public final class FolderLinters {

    private final NotesParser parser;
    private final @Nullable LintConfig config;
    private final @Nullable Preset preset;
    private final Map<String, Level> levels;
    private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

    /** A folder's configuration and the linter built from it. */
    private record Folder(LintConfig config, Linter linter) {
    }

    private FolderLinters(Builder builder) {
        this.parser = builder.parser;
        this.config = builder.config;
        this.preset = builder.preset;
        this.levels = Map.copyOf(builder.levels);
    }

    /**
     * Returns a builder.
     *
     * @return a new builder with the defaults: the default parser, each folder's own
     *     configuration, nothing laid over it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the linter for a file.
     *
     * @param file a notes file (it need not exist: an editor's unsaved buffer has a name)
     * @return its folder's linter, or empty when its configuration's {@code ignore} patterns
     *     name it
     * @throws LintConfigException when the configuration that applies cannot be read
     */
    public Optional<Linter> linterFor(Path file) throws LintConfigException {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        Folder folder = folder(absolute.getParent() == null ? absolute : absolute.getParent());
        return folder.config().ignores(file) ? Optional.empty() : Optional.of(folder.linter());
    }

    /**
     * Returns the linter of a folder, for text that has no file name of its own (such as standard
     * input): the folder's configuration applies, and no {@code ignore} pattern.
     *
     * @param folder the folder whose configuration applies
     * @return its linter
     * @throws LintConfigException when the configuration that applies cannot be read
     */
    public Linter linterForFolder(Path folder) throws LintConfigException {
        Objects.requireNonNull(folder, "folder");
        return folder(folder.toAbsolutePath().normalize()).linter();
    }

    private Folder folder(Path dir) throws LintConfigException {
        Folder folder = folders.get(dir);
        if (folder == null) {
            LintConfig found = (config != null ? config : LintConfig.find(dir)).with(preset, levels);
            Folder made = new Folder(found, Linter.builder().parser(parser).config(found).build());
            Folder raced = folders.putIfAbsent(dir, made);
            folder = raced == null ? made : raced;
        }
        return folder;
    }

    /**
     * Builds {@link FolderLinters}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private NotesParser parser = NotesParser.create();
        private @Nullable LintConfig config;
        private @Nullable Preset preset;
        private final Map<String, Level> levels = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the parser, with its limits, for every linter.
         *
         * @param parser the parser; {@link NotesParser#create()} by default
         * @return this builder
         */
        public Builder parser(NotesParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Uses one configuration for every file instead of each folder's own.
         *
         * @param config the configuration, or null for each folder's nearest
         *     {@value LintConfig#FILE_NAME} (the default)
         * @return this builder
         */
        public Builder config(@Nullable LintConfig config) {
            this.config = config;
            return this;
        }

        /**
         * Sets a preset to use instead of the configuration's.
         *
         * @param preset the preset, or null to keep the configuration's (the default)
         * @return this builder
         */
        public Builder preset(@Nullable Preset preset) {
            this.preset = preset;
            return this;
        }

        /**
         * Lays rule levels over the configuration's.
         *
         * @param levels levels by rule name or id, added to those given before
         * @return this builder
         */
        public Builder levels(Map<String, Level> levels) {
            this.levels.putAll(Objects.requireNonNull(levels, "levels"));
            return this;
        }

        /**
         * Builds the linters.
         *
         * @return a new {@code FolderLinters}
         */
        public FolderLinters build() {
            return new FolderLinters(this);
        }
    }
}
