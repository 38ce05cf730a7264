package io.github.jingdu.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Works on files on every core and hands the results back one by one in input order, so that
 * messages and outputs do not depend on scheduling. At most a few files per core are worked on
 * ahead of the one being handed back, which bounds memory, and no core waits for a slow file
 * while others are ready (unlike fixed batches).
 */
final class InOrder {
    private static final int AHEAD_PER_CORE = 4;

    private InOrder() {
    }

    static <T, R> void forEach(List<T> items, Function<T, R> work, BiConsumer<T, R> handle) {
        if (items.size() == 1) {
            // One file (an editor's or a hook's lint): no thread to start and hand it to.
            handle.accept(items.get(0), work.apply(items.get(0)));
            return;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items.size()));
        ExecutorService pool = workers(threads);
        try {
            int ahead = threads * AHEAD_PER_CORE;
            Deque<Future<R>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (T item : items) {
                while (submitted < items.size() && pending.size() < ahead) {
                    T next = items.get(submitted++);
                    pending.add(pool.submit(() -> work.apply(next)));
                }
                handle.accept(item, result(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param threads how many
     * @return a pool of daemon threads named {@code jingdu-worker}, for the caller to shut down
     */
    static ExecutorService workers(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jingdu-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
