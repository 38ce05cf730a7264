package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a finding while the lines around it move: its file, rule and message, not its
 * position. SARIF reports carry it ({@code partialFingerprints}) and baselines compare it. The file
 * is taken as {@link #file(String)} writes it, so that {@code ./notes/a.md}, {@code notes/a.md} and
 * {@code notes\a.md} are one file.
 */
public final class FindingFingerprint {
    private FindingFingerprint() {
    }

    /**
     * Returns the fingerprint of a finding.
     *
     * @param file the file's path as reports name it
     * @param finding the finding
     * @return 32 hexadecimal digits
     */
    public static String of(String file, Finding finding) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((file(file) + "\u0000" + finding.rule().id() + "\u0000"
                    + finding.message()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Writes a file's path one way: {@code /} between names, without {@code ./} steps.
     *
     * @param file a path as a report names it
     * @return the same path, written one way
     */
    public static String file(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        while (path.contains("/./")) {
            path = path.replace("/./", "/");
        }
        return path;
    }
}
