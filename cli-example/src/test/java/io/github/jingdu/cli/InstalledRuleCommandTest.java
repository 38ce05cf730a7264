package io.github.jingdu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jingdu.lint.LintRule;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command with rules of others installed beside Jingdu's, as a jar in {@code lib/} installs
 * them: each test loads the command afresh in a class loader that lists its rules in
 * {@code META-INF/services}.
 */
class InstalledRuleCommandTest {
    @TempDir
    Path dir;

    @Test
    void anInstalledRuleIsRunAndSetByItsName() throws Exception {
        Path note = Files.writeString(dir.resolve("a.md"), "原文：\n\nStop!! Now.\n\n停下！\n");
        assertEquals("0\nDIR/a.md:3:5: warning no-shouting one exclamation mark is enough\n--\n"
                + "0 errors, 1 warning in 1 file\n", probe(InstalledRuleProbe.NoShouting.class, "lint", note.toString()));
        assertEquals("0\n--\n",
                probe(InstalledRuleProbe.NoShouting.class, "lint", "--rule", "no-shouting=off", note.toString()));
    }

    @Test
    void aRuleThatCannotBeUsedIsAUsageErrorNamingItsClass() throws Exception {
        Path note = Files.writeString(dir.resolve("a.md"), "原文：\n\nStop.\n\n停下。\n");
        assertEquals("2\n--\njingdu: the lint rule io.github.jingdu.cli.InstalledRuleProbe$Clashing cannot be used: its"
                + " name missing-translation is another rule's; see the Javadoc of io.github.jingdu.lint.LintRule; mend"
                + " or remove the jar that holds it\n", probe(InstalledRuleProbe.Clashing.class, "lint", note.toString()));
    }

    /** Runs the command with Jingdu loaded afresh and this rule installed. */
    private String probe(Class<?> rule, String... args) throws Exception {
        Path services = Files.createDirectories(dir.resolve("installed/META-INF/services"));
        Files.writeString(services.resolve(LintRule.class.getName()), rule.getName() + "\n");
        List<URL> urls = new ArrayList<>();
        urls.add(dir.resolve("installed").toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            // As the command whose lib/ holds the rule's jar: every loader it could ask sees it.
            thread.setContextClassLoader(loader);
            Object seen = loader.loadClass(InstalledRuleProbe.class.getName()).getMethod("run", String[].class)
                    .invoke(null, (Object) args);
            return CliRun.shown((String) seen, dir);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
