package io.github.jingdu.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingdu.lint.internal.FindingFingerprint;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The findings a repository had when it adopted the linter, so that only new ones count: written
 * once ({@link #of(List)}, {@link #write()}), then used to leave out what it holds
 * ({@link #newFindings(List)}).
 *
 * <p>A finding is known by its file, rule and message (the fingerprint that SARIF reports carry),
 * not by its line, so that findings stay known while the text around them changes. The file is
 * compared as written with {@code /} and without {@code ./} ({@code ./notes/a.md} is
 * {@code notes/a.md}): write and use a baseline from the same folder. A baseline
 * counts each: a file that had two identical findings and now has three has one new one.
 *
 * <pre>{@code
 * LintBaseline baseline = LintBaseline.of(results);   // once: store baseline.write()
 * List<FileFindings> fresh = LintBaseline.read(stored).newFindings(results);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LintBaseline {
    /** The {@code format} field of a baseline file. */
    public static final String FORMAT = "jingdu-lint-baseline";
    /** The version of the baseline file this class writes and reads. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Per fingerprint, how many findings have it, and a sample for people reading the file. */
    private final Map<String, Known> known;

    private record Known(String file, String rule, String message, int count) {
    }

    private LintBaseline(Map<String, Known> known) {
        this.known = known;
    }

    /**
     * Makes a baseline of these findings.
     *
     * @param results the findings of each file, file names as the reports give them
     * @return a baseline holding every finding
     */
    public static LintBaseline of(List<FileFindings> results) {
        Objects.requireNonNull(results, "results");
        Map<String, Known> known = new HashMap<>();
        for (FileFindings file : results) {
            for (Finding f : file.findings()) {
                known.merge(FindingFingerprint.of(file.file(), f),
                        new Known(FindingFingerprint.file(file.file()), f.rule().name(), f.message(), 1),
                        (a, b) -> new Known(a.file(), a.rule(), a.message(), a.count() + 1));
            }
        }
        return new LintBaseline(known);
    }

    /**
     * Reads a baseline written by {@link #write()}.
     *
     * @param json the baseline file's text
     * @return the baseline
     * @throws LintConfigException if the text is not a baseline of this version
     */
    public static LintBaseline read(String json) throws LintConfigException {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LintConfigException("not a lint baseline: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new LintConfigException("not a lint baseline: expected an object with \"format\": \"" + FORMAT + "\"");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new LintConfigException("lint baseline version " + root.path("version") + " is not "
                    + VERSION + "; write it again with this version of Jingdu");
        }
        Map<String, Known> known = new HashMap<>();
        int i = 0;
        for (JsonNode entry : root.path("findings")) {
            String fingerprint = entry.path("fingerprint").asText("");
            int count = entry.path("count").asInt(0);
            if (!fingerprint.matches("[0-9a-f]{32}") || count < 1) {
                throw new LintConfigException("lint baseline: findings[" + i + "] needs a fingerprint of 32"
                        + " hexadecimal digits and a count of 1 or more");
            }
            known.merge(fingerprint, new Known(entry.path("file").asText(""), entry.path("rule").asText(""),
                    entry.path("message").asText(""), count),
                    (a, b) -> new Known(a.file(), a.rule(), a.message(), a.count() + b.count()));
            i++;
        }
        return new LintBaseline(known);
    }

    /**
     * Writes the baseline as JSON: sorted by file, rule, message, so that the same findings give
     * the same text and a change to it reads well in a diff.
     *
     * @return the JSON text, ending with a line break
     */
    public String write() {
        TreeMap<String, Map.Entry<String, Known>> sorted = new TreeMap<>();
        known.forEach((fingerprint, k) -> sorted.put(k.file() + "\u0000" + k.rule() + "\u0000" + k.message()
                + "\u0000" + fingerprint, Map.entry(fingerprint, k)));
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("findings");
            for (Map.Entry<String, Known> e : sorted.values()) {
                g.writeStartObject();
                g.writeStringField("file", e.getValue().file());
                g.writeStringField("rule", e.getValue().rule());
                g.writeStringField("message", e.getValue().message());
                g.writeNumberField("count", e.getValue().count());
                g.writeStringField("fingerprint", e.getKey());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * Leaves out the findings this baseline holds: for each fingerprint, as many findings as the
     * baseline counted, the first ones in each file's order.
     *
     * @param results the findings of each file
     * @return the same files, each with the findings that are new
     */
    public List<FileFindings> newFindings(List<FileFindings> results) {
        Objects.requireNonNull(results, "results");
        Map<String, Integer> left = new HashMap<>();
        known.forEach((fingerprint, k) -> left.put(fingerprint, k.count()));
        List<FileFindings> fresh = new ArrayList<>(results.size());
        for (FileFindings file : results) {
            List<Finding> kept = new ArrayList<>();
            for (Finding f : file.findings()) {
                String fingerprint = FindingFingerprint.of(file.file(), f);
                int n = left.getOrDefault(fingerprint, 0);
                if (n > 0) {
                    left.put(fingerprint, n - 1);
                } else {
                    kept.add(f);
                }
            }
            fresh.add(new FileFindings(file.file(), kept));
        }
        return fresh;
    }

    /**
     * Returns how many findings the baseline holds.
     *
     * @return the sum of the counts
     */
    public int size() {
        return known.values().stream().mapToInt(Known::count).sum();
    }

    /**
     * The mapper, made on first use: making one loads several hundred of Jackson's classes, a
     * third of a second of start-up that a run without a baseline should not pay.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
