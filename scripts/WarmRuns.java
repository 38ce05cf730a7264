import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs one jingdu command line several times in one JVM and prints each run's wall and CPU time:
 * how long the work takes once the JVM has loaded and compiled its code, against a run from cold
 * (docs/performance.md, "Warm and cold"). The command's output is discarded; its files are written.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp cli-example/target/jingdu-cli-VERSION-all.jar \
 *     scripts/WarmRuns.java 8 convert ../shared/corpus --to html -o /tmp/site
 * </pre>
 */
public final class WarmRuns {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp JINGDU_JAR scripts/WarmRuns.java RUNS COMMAND [ARGUMENT]...");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        String[] line = Arrays.copyOfRange(args, 1, args.length);
        // The command's entry point without System.exit, as the CLI's own tests call it.
        Method run = Class.forName("io.github.jingdu.cli.Jingdu")
                .getDeclaredMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
        run.setAccessible(true);
        PrintWriter discard = new PrintWriter(new StringWriter());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= runs; i++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            Object status = run.invoke(null, line, discard, discard);
            System.out.printf("run %d: %d ms, CPU %d ms, exit %s%n", i, (System.nanoTime() - wall) / 1_000_000,
                    (os.getProcessCpuTime() - cpu) / 1_000_000, status);
        }
    }
}
