package io.github.jingdu.lint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jingdu.testing.SmallStack;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Glob} means what the JDK's glob means, on generated patterns and paths, and takes time
 * linear in the path where the JDK's took 80 seconds (issue 15).
 */
class GlobTest {
    private static final List<String> PATTERN_PIECES = List.of("a", "b", ".", "/", "*", "**", "?", "[ab]", "[!a]",
            "[a-c]", "{a,b/}", "{,x}", "\\*", "**/");
    private static final List<String> PATH_PIECES = List.of("a", "b", "c", ".", "/", "x", "*");

    @Test
    void meansWhatTheJdkGlobMeans() {
        Random random = new Random(15);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            String glob = join(random, PATTERN_PIECES, 1 + random.nextInt(6));
            String path = join(random, PATH_PIECES, random.nextInt(9));
            if (path.startsWith("/") || path.endsWith("/") || path.contains("//") || path.isEmpty()) {
                continue;
            }
            boolean jdk;
            try {
                jdk = FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path));
            } catch (IllegalArgumentException e) {
                assertThrows(IllegalArgumentException.class, () -> Glob.compile(glob), glob);
                continue;
            }
            assertEquals(jdk, Glob.compile(glob).matches(path), () -> "glob " + glob + " on " + path);
            compared++;
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    @Test
    void manyDoubleStarsOnADeepPathTakeLinearTime() {
        String glob = "**/".repeat(14) + "x.md";
        String deep = "d/".repeat(31) + "y.md";
        SmallStack.run(Duration.ofSeconds(30), () -> {
            assertFalse(Glob.compile(glob).matches(deep));
            assertTrue(Glob.compile(glob).matches("d/".repeat(31) + "x.md"));
        });
    }

    private static String join(Random random, List<String> pieces, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pieces.get(random.nextInt(pieces.size())));
        }
        return sb.toString();
    }
}
