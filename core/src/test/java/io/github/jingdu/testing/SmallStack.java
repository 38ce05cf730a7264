package io.github.jingdu.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a piece of work on a thread with a small stack (256 KiB, a quarter of the JVM's usual
 * default), so that recursion that grows with the input fails here rather than in production,
 * and with a generous bound on its time that only a hang or a quadratic blow-up can reach.
 */
public final class SmallStack {
    /** The stack size of the thread, in bytes. */
    public static final long STACK_BYTES = 256 * 1024;

    private SmallStack() {
    }

    /**
     * Runs the work and rethrows whatever it threw, including a {@link StackOverflowError}.
     *
     * @param bound how long to wait before failing: a hang guard, not a performance assertion
     * @param work the work
     */
    public static void run(Duration bound, Runnable work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        if (thread.isAlive()) {
            fail("still running after " + bound + ": the work is not linear in its input");
        }
        Throwable t = thrown.get();
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(t);
        }
    }
}
