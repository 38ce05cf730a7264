package io.github.jingdu.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link PathGlob}: the JDK's glob meaning on relative paths. */
class PathGlobTest {

    @Test
    void starsStayWithinANameAndDoubleStarsCrossThem() {
        assertTrue(PathGlob.compile("drafts/**").matches("drafts/2024/a.md"));
        assertFalse(PathGlob.compile("drafts/*").matches("drafts/2024/a.md"));
        assertTrue(PathGlob.compile("**/README.md").matches(Path.of("x", "y", "README.md")));
        assertFalse(PathGlob.compile("**/README.md").matches("README.md"));
        assertTrue(PathGlob.compile("{a,b}/*.md").matches("b/x.md"));
    }

    @Test
    void whatIsNotAGlobIsRefusedWithWhy() {
        assertEquals("missing '}' in {a,b", assertThrows(IllegalArgumentException.class,
                () -> PathGlob.compile("{a,b")).getMessage());
    }
}
