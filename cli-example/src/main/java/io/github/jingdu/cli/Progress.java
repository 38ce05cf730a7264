package io.github.jingdu.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, shown only on a terminal and for many files. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean shown;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.shown = terminal && total > 1;
    }

    void step(int done, String name) {
        if (!shown) {
            return;
        }
        int filled = WIDTH * done / total;
        String shortName = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " " + shortName + "\u001B[K");
        err.flush();
    }

    void finish() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
