package io.github.jingdu.cli;

import io.github.jingdu.lint.Linter;
import java.util.Set;

/**
 * Lints a small note of its own on a daemon thread while picocli reads the command line, so that
 * the JVM loads and initialises the reader's and the linter's classes (Flexmark's patterns, the
 * rule catalog) on the second core instead of after it: a one-file lint through picocli was 30 to
 * 40 ms sooner (docs/performance.md, "Start-up"). Not for a lint with no option, which runs without
 * picocli and where the warm-up only competed for the cores. What it finds is dropped; nothing it
 * does is seen.
 */
final class WarmUp implements Runnable {
    /** The commands that read notes. */
    private static final Set<String> READERS = Set.of("lint", "parse", "convert", "align", "terms");
    private static final String NOTE = """
            # A note

            原文：

            It is a *test*, with [a link](https://example.com) and 3 words.

            这是一个测试。

            学习：

            - test /test/：n. 测试；检验
            """;

    private WarmUp() {
    }

    /**
     * Starts the warm-up when the command line names a command that reads notes.
     *
     * @param args the command line
     */
    static void startFor(String[] args) {
        if (args.length == 0 || !READERS.contains(args[0])) {
            return;
        }
        // A class, not a method reference: see Jingdu's commands.
        Thread thread = new Thread(new WarmUp(), "jingdu-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        try {
            Linter.create().lint(NOTE, null);
        } catch (RuntimeException | LinkageError e) {
            // Only time is at stake: the command itself meets and reports whatever went wrong here.
        }
    }
}
