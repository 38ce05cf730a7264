package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jingdu.cli.CliRun.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The web reader in a real browser: Debian's Chromium, driven by Selenium through Debian's
 * chromium-driver, on a site that {@code jingdu convert --to html} writes from the seeds and, when
 * {@code ../shared} is beside the project, two corpus notes. The pairs of sentences it expects come
 * from the JSON form of the same notes, not from the page. Where the browser is missing the tests
 * are skipped (and say so), except in CI, where .ci/run installs it and they fail instead.
 */
class WebReaderBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEED = "000_2a148c15c4b98b6e.txt";
    private static final String UNITS_SEED = "003_ab445b9359c57aa7.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Selenium warns that it has no DevTools for this Chromium: the tests use none (the CDP command
     *  they send goes through chromedriver). Held here, as a logger's level lasts while it is held. */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Path site;
    private static ChromeDriver browser;
    private static final List<String> corpusNotes = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        assertTrue(installed || !"true".equals(System.getenv("CI")),
                "Chromium or chromium-driver is missing in CI: .ci/run installs both with apt-get");
        assumeTrue(installed, "skipped: the web reader's browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver)");
        site = Files.createTempDirectory("jingdu-site");
        List<String> args = new ArrayList<>(List.of("convert", seeds().toString()));
        Path corpus = root().resolve("../shared/corpus").normalize();
        if (Files.isDirectory(corpus)) {
            for (String genre : List.of("Magazines", "TED")) {
                try (Stream<Path> files = Files.walk(corpus.resolve(genre))) {
                    Path note = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
                    args.add(note.toString());
                    corpusNotes.add(note.toString());
                }
            }
        }
        args.addAll(List.of("--to", "html", "-o", site.toString()));
        Run run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        CDP_VERSIONS.setLevel(Level.OFF);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void wide() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    }

    @Test
    void pointingAtAnEnglishSentenceLightsExactlyTheChineseSentencesOfItsBead() throws IOException {
        int checked = pointAtEachSentence(SEED, block -> block.get("alignment"),
                (k, b) -> "-" + k + "-b" + b + "-en", (k, b) -> "-" + k + "-b" + b + "-zh");
        assertTrue(checked >= 20, "only " + checked + " English sentences of the seed were on its page");
    }

    @Test
    void pointingAtALiteralTranslationsSentenceLightsTheFreeTranslationsSentencesOfItsBead() throws IOException {
        int checked = pointAtEachSentence(UNITS_SEED, block -> block.path("renditions").get("sentences"),
                (k, b) -> "-" + k + "-literal", (k, b) -> "-" + k + "-free");
        assertTrue(checked >= 5, "only " + checked + " literal sentences of the seed were on its page");
    }

    /** The id of a sentence before its number, after the chapter's id, for block k and bead b. */
    private interface SentenceIds {
        String prefix(int k, int b);
    }

    /**
     * Points at each sentence of the source side of every bead of a seed's alignments, as its JSON
     * form gives them, and checks that exactly the sentences of that bead light up.
     *
     * @return how many sentences were pointed at
     */
    private static int pointAtEachSentence(String seed, Function<JsonNode, JsonNode> alignmentOf, SentenceIds from,
            SentenceIds to) throws IOException {
        open(page(seed));
        String chapter = browser.findElement(By.cssSelector("main > section")).getAttribute("id");
        JsonNode blocks = json(seeds().resolve(seed)).get("blocks");
        int checked = 0;
        for (int k = 0; k < blocks.size(); k++) {
            JsonNode alignment = alignmentOf.apply(blocks.get(k));
            if (alignment == null || alignment.isNull()) {
                continue;
            }
            JsonNode beads = alignment.get("beads");
            for (int b = 0; b < beads.size(); b++) {
                Set<String> source = ids(beads.get(b).get("source"), chapter + from.prefix(k, b));
                Set<String> expected = new TreeSet<>(source);
                expected.addAll(ids(beads.get(b).get("target"), chapter + to.prefix(k, b)));
                for (String id : source) {
                    List<WebElement> sentence = browser.findElements(By.id(id));
                    if (sentence.isEmpty()) {
                        continue;
                    }
                    point(sentence.get(0));
                    Set<String> lit = browser.findElements(By.cssSelector(".sentence.lit")).stream()
                            .map(e -> e.getAttribute("id")).collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(expected, lit, "pointing at " + id);
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void aTappedSentencesTranslationComesIntoViewOnANarrowScreen() {
        browser.manage().window().setSize(new Dimension(400, 700));
        open(page(SEED));
        List<WebElement> english = browser.findElements(By.cssSelector(".source .sentence[data-bead]"));
        JavascriptExecutor js = browser;
        for (WebElement sentence : english) {
            js.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60);", sentence);
            WebElement counterpart = browser.findElements(By.cssSelector(".translation [data-bead='"
                    + sentence.getAttribute("data-bead") + "']")).stream().findFirst().orElse(null);
            if (counterpart == null || inView(counterpart)) {
                continue;
            }
            sentence.click();
            assertTrue(inView(counterpart), counterpart.getAttribute("id") + " is still out of view");
            return;
        }
        throw new AssertionError("no English sentence of the seed had its translation out of view at 400 px");
    }

    @Test
    void aVocabularyNoteOpensAndClosesByMouseAndByKeyboard() {
        open(page(SEED));
        WebElement word = browser.findElement(By.cssSelector("a.noteref"));
        String noteId = word.getAttribute("hash").substring(1);
        WebElement note = browser.findElement(By.id(noteId));
        assertFalse(note.isDisplayed());

        word.click();
        assertTrue(note.isDisplayed(), "a click opens the note");
        assertEquals(noteId, focused());
        note.findElement(By.cssSelector("button.close")).click();
        assertFalse(note.isDisplayed(), "its close button closes it");
        assertEquals(word.getAttribute("href"), browser.switchTo().activeElement().getAttribute("href"),
                "the focus goes back to the word");
        assertEquals("false", word.getAttribute("aria-expanded"));

        word.sendKeys(Keys.ENTER);
        assertTrue(note.isDisplayed(), "Enter on the word opens the note");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertFalse(note.isDisplayed(), "Esc closes it");
        assertEquals(word.getAttribute("href"), browser.switchTo().activeElement().getAttribute("href"));

        word.click();
        browser.findElement(By.cssSelector("main h1")).click();
        assertFalse(note.isDisplayed(), "a click elsewhere closes it");
    }

    @Test
    void theGlossarysLinkToANoteOpensItUnderItsWord() {
        open(site.resolve("glossary/g.html"));
        WebElement studied = browser.findElement(By.cssSelector("li[id] .where a"));
        String noteId = studied.getAttribute("href").replaceAll(".*#", "");
        studied.click();
        WebElement note = browser.findElement(By.id(noteId));
        assertTrue(note.isDisplayed(), "the note " + noteId + " is open");
        assertEquals(noteId, focused());
        WebElement word = browser.findElement(By.cssSelector("a.noteref[href='#" + noteId + "']"));
        assertEquals("true", word.getAttribute("aria-expanded"));
        assertTrue(inView(word), "its word is in view");
    }

    @Test
    void theSingleKeysCanBeTurnedOff() {
        open(page(SEED));
        WebElement translation = browser.findElement(By.cssSelector(".passage .translation"));
        WebElement keys = browser.findElement(By.id("keys"));
        try {
            keys.click();
            new Actions(browser).sendKeys("t").perform();
            assertEquals("visible", translation.getCssValue("visibility"), "t does nothing once the keys are off");
            open(page(SEED));
            assertFalse(browser.findElement(By.id("keys")).isSelected(), "the choice is kept");
        } finally {
            if (!browser.findElement(By.id("keys")).isSelected()) {
                browser.findElement(By.id("keys")).click();
            }
        }
    }

    @Test
    void keysHideTheTranslationAndMoveBetweenPassages() {
        open(page(SEED));
        WebElement translation = browser.findElement(By.cssSelector(".passage .translation"));
        WebElement button = browser.findElement(By.cssSelector("button.toggle-translation"));
        assertEquals("visible", translation.getCssValue("visibility"));
        new Actions(browser).sendKeys("t").perform();
        assertEquals("hidden", translation.getCssValue("visibility"));
        assertEquals("true", button.getAttribute("aria-pressed"));
        button.click();
        assertEquals("visible", translation.getCssValue("visibility"));
        assertEquals("false", button.getAttribute("aria-pressed"));

        List<WebElement> passages = browser.findElements(By.cssSelector("section.passage, section.translation-unit"));
        new Actions(browser).sendKeys("j").perform();
        assertEquals(passages.get(0).getAttribute("id"), focused());
        new Actions(browser).sendKeys("j").perform();
        assertEquals(passages.get(1).getAttribute("id"), focused());
        new Actions(browser).sendKeys("k").perform();
        assertEquals(passages.get(0).getAttribute("id"), focused());
    }

    @Test
    void theGlossaryFindsAHeadwordByPinyinChineseOrEnglish() {
        open(site.resolve("glossary.html"));
        WebElement search = browser.findElement(By.id("q"));
        int all = found();
        // In seed 000, granularity is 粒度: lì dù.
        for (String query : List.of("lidu", "li du", "lì dù", "粒度", "granular")) {
            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            search.sendKeys(query);
            List<String> shown = browser.findElements(By.cssSelector("#results a")).stream().map(WebElement::getText)
                    .toList();
            assertTrue(shown.contains("granularity"), query + " did not find granularity: " + shown);
            assertTrue(found() < all, query + " left all " + all + " entries");
        }
        browser.findElement(By.cssSelector("#results a")).click();
        assertTrue(browser.getCurrentUrl().matches(".*/glossary/g\\.html#g\\d+"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("ol.glossary :target")).getText().contains("granularity"));
        open(site.resolve("glossary.html"));
        assertEquals(all, found());
    }

    /** The number of entries the glossary's search reports. */
    private static int found() {
        return Integer.parseInt(browser.findElement(By.id("found")).getText().replaceAll(" .*", ""));
    }

    @Test
    void everyPageHasNoAccessibilityViolationNoConsoleErrorAndNoRequestOutsideTheSite() throws IOException {
        Path axe = root().resolve(".ci/cache/web/node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe) || !"true".equals(System.getenv("CI")),
                "axe-core is missing in CI: .ci/run installs it into .ci/cache/web");
        assumeTrue(Files.isRegularFile(axe), "skipped: axe-core is not installed in .ci/cache/web");
        String axeSource = Files.readString(axe, StandardCharsets.UTF_8);
        List<Path> pages = new ArrayList<>(List.of(site.resolve("index.html"), site.resolve("glossary.html"),
                site.resolve("glossary/g.html"), page(SEED), page(UNITS_SEED)));
        for (String note : corpusNotes) {
            pages.add(page(note));
        }
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 400}) {
                browser.manage().window().setSize(new Dimension(width, 1000));
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (Path page : pages) {
                    String where = site.relativize(page) + " (" + scheme + ", " + width + " px)";
                    browser.manage().logs().get(LogType.PERFORMANCE);
                    open(page);
                    browser.executeScript(axeSource);
                    Object violations = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                            + " axe.run(document, {resultTypes: ['violations'], preload: false}).then(function (r) {"
                            + " done(JSON.stringify(r.violations.map(function (v) {"
                            + " return v.id + ' ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })"
                            + ".join(', '); }))); });");
                    JsonNode found = JSON.readTree(violations.toString());
                    found.forEach(v -> problems.add(where + ": axe: " + v.asText()));
                    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                        if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                            problems.add(where + ": console: " + e.getMessage());
                        }
                    }
                    for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
                        JsonNode message = JSON.readTree(e.getMessage()).get("message");
                        if (message.get("method").asText().equals("Network.requestWillBeSent")) {
                            String url = message.get("params").get("request").get("url").asText();
                            if (!url.startsWith(site.toUri().toString()) && !url.startsWith("data:")) {
                                problems.add(where + ": a request outside the site: " + url);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, such as:\n"
                + String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
    }

    /**
     * Moves the mouse onto the first line of a sentence: the middle of a sentence that wraps may
     * lie over another.
     */
    private static void point(WebElement sentence) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", sentence);
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) browser.executeScript("var r = arguments[0].getClientRects()[0];"
                + " return {x: r.left + Math.min(r.width / 2, 10), y: r.top + r.height / 2};", sentence);
        new Actions(browser).moveToLocation(r.get("x").intValue(), r.get("y").intValue()).perform();
    }

    private static boolean inView(WebElement e) {
        return (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", e);
    }

    private static String focused() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private static void open(Path page) {
        // get returns once the page has loaded, its deferred script run.
        browser.get(page.toUri().toString());
    }

    /** The page of a note given as a file: named after the file (docs/web.md). */
    private static Path page(String input) {
        String name = Path.of(input).getFileName().toString();
        String title = name.substring(0, name.lastIndexOf('.'));
        try (Stream<Path> pages = Files.list(site.resolve("notes"))) {
            String slug = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            return pages.filter(p -> p.getFileName().toString().endsWith("-" + slug + ".html")
                    || p.getFileName().toString().equals(slug + ".html")).findFirst()
                    .orElseThrow(() -> new AssertionError("no page for " + input));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> ids(JsonNode indexes, String prefix) {
        Set<String> out = new TreeSet<>();
        indexes.forEach(i -> out.add(prefix + i.asInt()));
        return out;
    }

    private static JsonNode json(Path note) throws IOException {
        Run run = CliRun.run("convert", note.toString(), "--to", "json", "--no-positions");
        assertEquals(0, run.status(), run.err());
        return JSON.readTree(run.out());
    }

    private static Path seeds() {
        return root().resolve("seeds");
    }

    private static Path root() {
        return Path.of(System.getProperty("jingdu.root", "..")).toAbsolutePath().normalize();
    }
}
