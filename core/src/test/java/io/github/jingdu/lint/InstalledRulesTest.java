package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.guide.NoTodo;
import io.github.jingdu.testing.FencedBlocks;
import io.github.jingdu.testing.SharedData;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of one's own ({@link LintRule}), installed as a user installs them: listed in
 * {@code META-INF/services} on the class path. Each test loads Jingdu anew in a class loader that
 * has its rules, since a class path's rules are looked for once.
 */
class InstalledRulesTest {
    @TempDir
    Path dir;

    @Test
    void installedRulesRunWithJingdusAndAreConfiguredFixedAndReportedAsTheyAre() throws Exception {
        String seen = probe("run", NoTodo.class, InstalledRules.Shouting.class, InstalledRules.Failing.class,
                InstalledRules.OutOfRange.class, InstalledRules.Unfixable.class, InstalledRules.Recursing.class);
        assertEquals("""
                rule ACME001 no-todo WARNING
                rule ACME002 no-shouting OFF
                rule ACME003 always-fails WARNING
                rule ACME004 out-of-range WARNING
                rule ACME006 not-now INFO
                rule ACME007 recursing WARNING
                1:1 ERROR always-fails: the rule always-fails failed on this note (java.lang.IllegalStateException: \
                cannot check 1 passages), so the note is not checked by it; this is a fault in the rule, not in the \
                note: tell its author
                1:1 ERROR out-of-range: the rule out-of-range failed on this note (java.lang.IllegalArgumentException: \
                the range 48..49 is not within the text (0..48)), so the note is not checked by it; this is a fault in \
                the rule, not in the note: tell its author
                1:1 ERROR recursing: the rule recursing failed on this note (java.lang.StackOverflowError), so the \
                note is not checked by it; this is a fault in the rule, not in the note: tell its author
                3:1 WARNING no-todo: a TODO is left in the note; finish it or remove it
                3:13 ERROR no-shouting: one exclamation mark is enough
                3:16 INFO not-now: say later
                fixed: TODO: say it! Now.
                off: 0
                sarif names no-todo: true, links to its page: false""", seen);
    }

    @Test
    void aRuleWhoseNameIsTakenIsRefusedNamingItsClassOnEveryCall() throws Exception {
        String refusal = "java.util.ServiceConfigurationError: the lint rule io.github.jingdu.lint.InstalledRules$Clashing"
                + " cannot be used: its name missing-translation is another rule's; see the Javadoc of"
                + " io.github.jingdu.lint.LintRule";
        assertEquals(refusal + "\n" + refusal, probe("askTwice", InstalledRules.Clashing.class));
    }

    @Test
    void aRuleThatCannotDescribeItselfIsRefusedNamingItsClass() throws Exception {
        String refusal = "java.util.ServiceConfigurationError: the lint rule io.github.jingdu.lint.InstalledRules$Nameless"
                + " cannot be used: its info() failed (java.lang.UnsupportedOperationException: not yet)";
        assertEquals(refusal + "\n" + refusal, probe("askTwice", InstalledRules.Nameless.class));
    }

    @Test
    void withoutInstalledRulesTheCatalogIsJingdusAlone() {
        assertTrue(Linter.rules().stream().allMatch(r -> r.id().startsWith("JD")), Linter.rules()::toString);
    }

    @Test
    void theRulesPageShowsTheRuleThatRuns() throws IOException {
        Path root = SharedData.projectRoot();
        String page = Files.readString(root.resolve("docs/rules/README.md"));
        // The class as the page shows it: its comments left out.
        String source = squash(Files.readString(root.resolve("core/src/guide/java/io/github/jingdu/guide/NoTodo.java")))
                .replaceAll("/\\*\\*.*?\\*/ ", "");
        List<FencedBlocks.Block> java = FencedBlocks.of(page, Set.of("java"));
        assertEquals(1, java.size(), "one Java example");
        String shown = squash(java.get(0).body());
        assertTrue(source.contains(shown), () -> "docs/rules/README.md shows other code than NoTodo's:\n" + shown);
    }

    /** Runs a method of {@link InstalledRulesProbe} with Jingdu and these rules loaded afresh. */
    private String probe(String method, Class<?>... rules) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        StringBuilder names = new StringBuilder();
        for (Class<?> rule : rules) {
            names.append(rule.getName()).append('\n');
        }
        Files.writeString(services.resolve(LintRule.class.getName()), names);
        List<URL> urls = new ArrayList<>();
        urls.add(dir.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            // As a program whose class path holds the rule's jar: every loader it could ask sees it.
            thread.setContextClassLoader(loader);
            return (String) loader.loadClass(InstalledRulesProbe.class.getName()).getMethod(method).invoke(null);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
