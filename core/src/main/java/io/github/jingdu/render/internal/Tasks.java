package io.github.jingdu.render.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The tasks that make the chapters of a book or the pages of a site, each on an executor. */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Waits for a task.
     *
     * @param <T> what it makes
     * @param task the task
     * @return what it made
     * @throws RuntimeException what the task threw, as it was thrown (not wrapped)
     */
    public static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
