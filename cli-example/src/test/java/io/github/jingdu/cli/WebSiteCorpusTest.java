package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jingdu.cli.CliRun.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole corpus as one site ({@code jingdu convert ../shared/corpus --to html}): written twice,
 * in this JVM and in another, the same bytes; every page valid HTML by html-validate (its {@code standard} and
 * {@code document} presets; SRI asked of cross-origin resources only, as the site has none); every
 * link inside the site leads to a file that exists, and to an element with the id it names.
 */
@Tag("slow")
class WebSiteCorpusTest {
    private static final Pattern LINK = Pattern.compile(" (?:href|src)=\"([^\"#:]*)(?:#([^\"]*))?\"");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void theCorpusSiteIsTheSameEveryTimeValidAndWithoutBrokenLinks() throws Exception {
        Path corpus = root().resolve("../shared/corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "skipped: ../shared/corpus is not beside the project");
        Path validator = root().resolve(".ci/cache/web/node_modules/.bin/html-validate");
        assertTrue(Files.isExecutable(validator) || !"true".equals(System.getenv("CI")),
                "html-validate is missing in CI: .ci/run installs it into .ci/cache/web");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Run run = CliRun.run("convert", corpus.toString(), "--to", "html", "-o", first.toString());
        assertTrue(run.status() == 0 || run.status() == 1, run.err());
        // The second site in a JVM of its own: an order that changed from one run to the next (a
        // hash of an object's identity) would show there, not in the same JVM.
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Jingdu.class.getName(), "convert", corpus.toString(), "--to",
                "html", "-o", second.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(other.waitFor(10, TimeUnit.MINUTES), "the second build did not finish");
        assertTrue(other.exitValue() == 0 || other.exitValue() == 1, "the second build ended with " + other.exitValue());
        Map<String, byte[]> files = files(first);
        Map<String, byte[]> again = files(second);
        assertEquals(files.keySet(), again.keySet());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertArrayEquals(f.getValue(), again.get(f.getKey()), f.getKey() + " differs between two runs");
        }
        List<String> pages = files.keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertTrue(pages.size() > 400, pages.size() + " pages");
        assertEquals(List.of(), brokenLinks(first, pages));

        assumeTrue(Files.isExecutable(validator), "html-validate is not installed in .ci/cache/web: not validated");
        Path config = dir.resolve("htmlvalidate.json");
        Files.writeString(config, "{\"extends\": [\"html-validate:standard\", \"html-validate:document\"],"
                + " \"rules\": {\"require-sri\": [\"error\", {\"target\": \"crossorigin\"}]}}");
        List<String> command = new ArrayList<>(List.of(validator.toString(), "--config", config.toString()));
        command.addAll(pages);
        Process p = new ProcessBuilder(command).directory(first.toFile()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "html-validate did not finish");
        assertEquals(0, p.exitValue(), report.length() > 4000 ? report.substring(0, 4000) : report);
    }

    /** Links to a file of the site that is missing, or to an id its page lacks. */
    private static List<String> brokenLinks(Path site, List<String> pages) throws IOException {
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (String page : pages) {
            String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String file = m.group(1).isEmpty() ? page : site.relativize(site.resolve(page).getParent()
                        .resolve(m.group(1)).normalize()).toString();
                if (!Files.isRegularFile(site.resolve(file))) {
                    broken.add(page + " → " + m.group(1) + " (no such file)");
                } else if (m.group(2) != null && !m.group(2).isEmpty()
                        && !ids.computeIfAbsent(file, f -> idsOf(site.resolve(f))).contains(m.group(2))) {
                    broken.add(page + " → " + m.group(1) + "#" + m.group(2) + " (no such id)");
                }
                if (broken.size() >= 20) {
                    return broken;
                }
            }
        }
        return broken;
    }

    private static Set<String> idsOf(Path page) {
        Set<String> out = new HashSet<>();
        try {
            Matcher m = ID.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(m.group(1));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Path root() {
        return Path.of(System.getProperty("jingdu.root", "..")).toAbsolutePath().normalize();
    }
}
