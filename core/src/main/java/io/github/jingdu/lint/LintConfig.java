package io.github.jingdu.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.lint.internal.Glob;
import io.github.jingdu.lint.internal.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which rules run and at which level, and which paths are ignored: a preset, then per-rule
 * levels over it. Read from a {@code .jingdu.json} file:
 *
 * <pre>{@code
 * { "preset": "chinese-copywriting",
 *   "rules": { "trailing-whitespace": "off", "missing-translation": "error" },
 *   "ignore": [ "drafts/**" ] }
 * }</pre>
 *
 * @param preset the preset the levels start from
 * @param levels levels by rule name, over the preset
 * @param ignore glob patterns of paths not to lint, relative to {@code base}
 * @param base the directory the ignore patterns are relative to, or null
 * @since 0.1.0
 */
public record LintConfig(Preset preset, Map<String, Level> levels, List<String> ignore, @Nullable Path base) {
    /** The configuration file's name. */
    public static final String FILE_NAME = ".jingdu.json";

    /**
     * Folders that hold no one's notes (version control, a checkout of Jingdu, dependencies, build
     * output): the command and the Maven plugin do not search them.
     *
     * @since 0.1.0
     */
    public static final List<String> TOOL_FOLDERS = List.of(".git", ".jingdu", "node_modules", "target");

    /**
     * Copies the collections and checks rule names.
     *
     * @param preset the preset the levels start from
     * @param levels levels by rule name, over the preset
     * @param ignore glob patterns of paths not to lint, relative to {@code base}
     * @param base the directory the ignore patterns are relative to, or null
     */
    public LintConfig {
        Objects.requireNonNull(preset, "preset");
        levels = Map.copyOf(levels);
        ignore = List.copyOf(ignore);
        for (String glob : ignore) {
            try {
                Glob.compile(glob);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the ignore pattern \"" + glob + "\" is not a glob: " + e.getMessage());
            }
        }
        for (String name : levels.keySet()) {
            if (rule(name) == null) {
                throw new IllegalArgumentException("unknown rule \"" + name + "\"; see docs/rules/ for the rules");
            }
        }
    }

    /**
     * Returns the default configuration: structure rules on, typography off.
     *
     * @return the defaults
     */
    public static LintConfig defaults() {
        return new LintConfig(Preset.RECOMMENDED, Map.of(), List.of(), null);
    }

    /**
     * Returns the level a rule runs at.
     *
     * @param rule a rule
     * @return its level under this configuration
     */
    public Level levelOf(RuleInfo rule) {
        Level set = levels.get(rule.name());
        if (set != null) {
            return set;
        }
        if (preset == Preset.CHINESE_COPYWRITING && rule.category() == RuleCategory.TYPOGRAPHY) {
            return Level.WARNING;
        }
        return rule.defaultLevel();
    }

    /**
     * Returns this configuration with other levels laid over it, such as those given on a command line.
     *
     * @param preset a preset to use instead, or null to keep this one
     * @param overrides levels by rule name
     * @return the combined configuration
     */
    public LintConfig with(@Nullable Preset preset, Map<String, Level> overrides) {
        Map<String, Level> all = new LinkedHashMap<>(levels);
        all.putAll(overrides);
        return new LintConfig(preset == null ? this.preset : preset, all, ignore, base);
    }

    /**
     * Returns whether a file is ignored by this configuration's patterns.
     *
     * @param file a file
     * @return true when an ignore pattern matches its path relative to the base
     */
    public boolean ignores(Path file) {
        if (base == null || ignore.isEmpty()) {
            return false;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return false;
        }
        String relative = base.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
        for (String glob : ignore) {
            if (Glob.compile(glob).matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the configuration for a file: the nearest {@value #FILE_NAME} in its directory or
     * above.
     *
     * @param start a file or directory
     * @return the configuration found, or {@link #defaults()} when there is none
     * @throws LintConfigException when the file found cannot be read
     */
    public static LintConfig find(Path start) throws LintConfigException {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return defaults();
    }

    /**
     * Reads a configuration file.
     *
     * @param file a {@code .jingdu.json} file
     * @return its configuration; ignore patterns are relative to its directory
     * @throws LintConfigException naming the file and what is wrong
     */
    public static LintConfig read(Path file) throws LintConfigException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            // A limit of the parser (nesting deeper than a thousand) has no location.
            throw new LintConfigException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LintConfigException(file + ": cannot read: "
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new LintConfigException(file + ": expected a JSON object with \"preset\", \"rules\" and \"ignore\"");
        }
        try {
            Preset preset = root.has("preset") ? Preset.of(text(root.get("preset"), "preset")) : Preset.RECOMMENDED;
            Map<String, Level> levels = new LinkedHashMap<>();
            JsonNode rules = root.path("rules");
            if (!rules.isMissingNode() && !rules.isObject()) {
                throw new IllegalArgumentException("\"rules\" must be an object of rule names to off, info, warning or error");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                levels.put(e.getKey(), level(text(e.getValue(), "rules." + e.getKey())));
            }
            List<String> ignore = new ArrayList<>();
            for (JsonNode g : root.path("ignore")) {
                ignore.add(text(g, "ignore"));
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!List.of("preset", "rules", "ignore").contains(name)) {
                    throw new IllegalArgumentException("unknown key \"" + name + "\"; expected preset, rules or ignore");
                }
            }
            return new LintConfig(preset, levels, ignore, file.toAbsolutePath().normalize().getParent());
        } catch (IllegalArgumentException e) {
            throw new LintConfigException(file + ": " + e.getMessage());
        }
    }

    /**
     * Reads a level as configuration writes it.
     *
     * @param name {@code off}, {@code info}, {@code warning} or {@code error}
     * @return the level
     * @throws IllegalArgumentException for any other name
     */
    public static Level level(String name) {
        try {
            return Level.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level \"" + name + "\"; expected off, info, warning or error");
        }
    }

    private static String text(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + where + "\" must be a string");
        }
        return node.asText();
    }

    private static @Nullable RuleInfo rule(String name) {
        for (RuleCatalog.Entry r : RuleCatalog.rules()) {
            if (r.info().name().equals(name)) {
                return r.info();
            }
        }
        return null;
    }

    /**
     * The mapper, made on first use: making one loads several hundred of Jackson's classes, a
     * third of a second of start-up that a command that finds no configuration file should not pay.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
