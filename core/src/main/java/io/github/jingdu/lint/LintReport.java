package io.github.jingdu.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingdu.lint.internal.FindingFingerprint;
import io.github.jingdu.lint.internal.RuleCatalog;
import io.github.jingdu.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes findings in the formats CI systems read.
 *
 * <pre>{@code
 * String sarif = LintReport.write(ReportFormat.SARIF, List.of(new FileFindings("notes.md", result.findings())));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LintReport {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String HOME = "https://github.com/jingdu/jingdu";
    private static final String VERSION = version();

    private LintReport() {
    }

    /** The library's version, written into version.txt by the build. */
    private static String version() {
        try (InputStream in = LintReport.class.getResourceAsStream("version.txt")) {
            String v = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return v.isEmpty() || v.startsWith("$") ? "0.0.0-development" : v;
        } catch (IOException e) {
            return "0.0.0-development";
        }
    }

    /**
     * Writes a report.
     *
     * @param format the format
     * @param files the findings of each file, in order
     * @return the report's text; empty for text and GitHub formats when there are no findings
     */
    public static String write(ReportFormat format, List<FileFindings> files) {
        return switch (format) {
            case TEXT -> text(files);
            case GITHUB -> github(files);
            case JSON -> json(files);
            case SARIF -> sarif(files);
        };
    }

    /**
     * A file name for a line of text output: a line break or other control character in it is
     * written as {@code \xHH}, so that a name cannot start a line of its own (which a CI log
     * would read as a command).
     */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029') {
                sb.append(c <= 0xff ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String text(List<FileFindings> files) {
        StringBuilder out = new StringBuilder();
        for (FileFindings ff : files) {
            for (Finding f : ff.findings()) {
                out.append(printable(ff.file())).append(':').append(f.span().line()).append(':').append(f.span().column())
                        .append(": ").append(severity(f.severity())).append(' ').append(f.rule().name()).append(' ')
                        .append(f.message()).append('\n');
            }
        }
        return out.toString();
    }

    private static String github(List<FileFindings> files) {
        StringBuilder out = new StringBuilder();
        for (FileFindings ff : files) {
            for (Finding f : ff.findings()) {
                String command = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                out.append("::").append(command).append(" file=").append(property(ff.file()))
                        .append(",line=").append(f.span().line()).append(",col=").append(f.span().column())
                        .append(",title=").append(property(f.rule().name())).append("::")
                        .append(data(f.message())).append('\n');
            }
        }
        return out.toString();
    }

    private static String json(List<FileFindings> files) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (FileFindings ff : files) {
                for (Finding f : ff.findings()) {
                    g.writeStartObject();
                    g.writeStringField("file", ff.file());
                    g.writeNumberField("line", f.span().line());
                    g.writeNumberField("column", f.span().column());
                    g.writeStringField("rule", f.rule().name());
                    g.writeStringField("ruleId", f.rule().id());
                    g.writeStringField("severity", severity(f.severity()));
                    g.writeStringField("message", f.message());
                    g.writeBooleanField("fixable", f.fixable());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static String sarif(List<FileFindings> files) {
        List<RuleCatalog.Entry> rules = RuleCatalog.rules();
        List<RuleInfo> infos = rules.stream().map(RuleCatalog.Entry::info).toList();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "jingdu");
            g.writeStringField("version", VERSION);
            g.writeStringField("informationUri", HOME);
            g.writeArrayFieldStart("rules");
            for (RuleCatalog.Entry rule : rules) {
                RuleInfo r = rule.info();
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("name", r.name());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", r.summary());
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", r.summary() + " (" + r.category().name().toLowerCase(Locale.ROOT)
                        + " rule " + r.id() + (r.fixable() ? ", fixable" : "") + ").");
                g.writeEndObject();
                // A rule installed beside Jingdu's has its documentation elsewhere, unknown here.
                if (rule.builtIn()) {
                    g.writeStringField("helpUri", HOME + "/blob/main/docs/rules/" + r.name() + ".md");
                }
                g.writeObjectFieldStart("help");
                g.writeStringField("text", r.summary() + (rule.builtIn() ? ". See docs/rules/" + r.name() + ".md" : "")
                        + (r.fixable() ? "; a safe fix mends it." : "."));
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", sarifLevel(r.defaultLevel()));
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("category", r.category().name().toLowerCase(Locale.ROOT));
                g.writeBooleanField("fixable", r.fixable());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeArrayFieldStart("results");
            for (FileFindings ff : files) {
                for (Finding f : ff.findings()) {
                    result(g, ff.file(), f, infos.indexOf(f.rule()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void result(JsonGenerator g, String file, Finding f, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        });
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.span().line());
        g.writeNumberField("startColumn", f.span().column());
        g.writeNumberField("charOffset", f.span().offset());
        g.writeNumberField("charLength", f.span().length());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("jingduFinding/v1", FindingFingerprint.of(file, f));
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A file's path as SARIF's {@code artifactLocation.uri}, a URI reference: every byte of its
     * UTF-8 other than an unreserved character or {@code /} percent-encoded (so spaces, Chinese
     * and a colon that would read as a scheme are all escaped), and an absolute path as a
     * {@code file:} URI.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        StringBuilder sb = new StringBuilder(path.startsWith("/") ? "file://" : "");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static String sarifLevel(Level level) {
        return switch (level) {
            case OFF -> "none";
            case INFO -> "note";
            case WARNING -> "warning";
            case ERROR -> "error";
        };
    }

    private static String severity(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    /** Escapes a workflow command's message. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
