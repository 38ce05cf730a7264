package io.github.jingdu.lint;

import io.github.jingdu.lint.internal.Glob;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A glob over relative paths, as the {@code ignore} patterns of {@code .jingdu.json} are: the
 * meaning of the JDK's {@code glob:} syntax ({@code *} within a name, {@code **} across names,
 * {@code ?}, {@code [a-z]}, {@code {a,b}}), matched in time proportional to the pattern's length
 * times the path's, where the JDK's matcher can take exponential time.
 *
 * <pre>{@code
 * PathGlob drafts = PathGlob.compile("drafts/**");
 * drafts.matches("drafts/2024/a.md");   // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PathGlob {
    private final String pattern;
    private final Glob glob;

    private PathGlob(String pattern, Glob glob) {
        this.pattern = pattern;
        this.glob = glob;
    }

    /**
     * Compiles a pattern.
     *
     * @param pattern the glob
     * @return the compiled glob
     * @throws IllegalArgumentException for a pattern that is not a glob (an unclosed bracket or
     *     brace, a nested brace, a trailing backslash), saying what is wrong
     */
    public static PathGlob compile(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return new PathGlob(pattern, Glob.compile(pattern));
    }

    /**
     * Tells whether the glob matches a whole relative path.
     *
     * @param path the path, with {@code /} between its names
     * @return true when it matches
     */
    public boolean matches(String path) {
        Objects.requireNonNull(path, "path");
        return glob.matches(path);
    }

    /**
     * Tells whether the glob matches a whole relative path.
     *
     * @param path the path, with the separators of its file system
     * @return true when it matches
     */
    public boolean matches(Path path) {
        Objects.requireNonNull(path, "path");
        return glob.matches(path.toString().replace(path.getFileSystem().getSeparator(), "/"));
    }

    /**
     * Returns the pattern as written.
     *
     * @return the pattern
     */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
