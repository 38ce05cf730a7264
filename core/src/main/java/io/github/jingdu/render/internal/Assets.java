package io.github.jingdu.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files that go into every book or site as they are: style sheets, scripts. */
public final class Assets {
    private Assets() {
    }

    /**
     * @param owner the class whose package holds the file
     * @param name the file's name in that package
     * @return its bytes
     * @throws IllegalStateException when the jar lacks it (a broken build, never the input)
     */
    public static byte[] bytes(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the Jingdu jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the Jingdu jar", e);
        }
    }
}
