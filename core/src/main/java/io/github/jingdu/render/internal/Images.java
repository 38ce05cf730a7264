package io.github.jingdu.render.internal;

import io.github.jingdu.model.Diagnostic;
import io.github.jingdu.model.SourceDiagnostic;
import io.github.jingdu.model.Figure;
import io.github.jingdu.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The images of a book: read only from inside the input's root, never from an absolute path or
 * a URL, identified by media type from their first bytes (PNG, JPEG, GIF, WebP: no SVG, which can
 * carry script), stored once each under a name derived from their content.
 */
public final class Images {
    /** An image in the book. */
    public record Image(String href, String mediaType, byte[] bytes) {
    }

    /**
     * The largest image read, in bytes: a reading device shows nothing larger well, and a book
     * holds its images in memory while it is written (docs/robustness.md).
     */
    public static final long MAX_IMAGE_BYTES = 16L * 1024 * 1024;

    private final Map<String, Image> byHref = new LinkedHashMap<>();
    private final List<SourceDiagnostic> diagnostics = new ArrayList<>();

    /**
     * Resolves a figure's path and adds its image.
     *
     * @param figure the figure
     * @param directory the directory its path is relative to, or null
     * @param root the directory it must stay inside
     * @param documentName the document's name, for messages
     * @return the image's href in the book, or null when it was not read (a diagnostic says why)
     */
    public String add(Figure figure, Path directory, Path root, String documentName) {
        String path = figure.path();
        String lower = path.toLowerCase(Locale.ROOT);
        if (directory == null) {
            return null;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || path.startsWith("/") || path.startsWith("\\")) {
            return refuse(figure, documentName, "image " + path + " is a URL or an absolute path and was not read;"
                    + " keep images beside the notes and use a relative path");
        }
        Path base = (root == null ? directory : root).toAbsolutePath().normalize();
        Path file = directory.toAbsolutePath().resolve(path).normalize();
        if (!file.startsWith(base)) {
            return refuse(figure, documentName, "image " + path + " is outside " + base + " and was not read");
        }
        if (!Files.exists(file)) {
            return refuse(figure, documentName, "image " + path + " does not exist; its alt text is shown instead");
        }
        try {
            // Compared again by real paths: a symbolic link (to the image or to a folder on its
            // path) may lead outside the root, to any file of the machine.
            Path real = file.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                return refuse(figure, documentName, "image " + path + " is a symbolic link, or lies in a linked folder,"
                        + " that leads outside " + base + ", so it was not read; copy the image beside the notes");
            }
            if (!Files.isRegularFile(real)) {
                return refuse(figure, documentName, "image " + path + " is not a regular file (a folder, a device or a"
                        + " pipe) and was not read");
            }
            long size = Files.size(real);
            if (size > MAX_IMAGE_BYTES) {
                return refuse(figure, documentName, "image " + path + " is " + size + " bytes, more than the limit of "
                        + MAX_IMAGE_BYTES + " for an image in a book, and was not read; make it smaller");
            }
            byte[] bytes = Files.readAllBytes(real);
            String type = mediaType(bytes);
            if (type == null) {
                return refuse(figure, documentName, "image " + path + " is not PNG, JPEG, GIF or WebP");
            }
            String href = "images/" + hash(bytes) + extension(type);
            byHref.putIfAbsent(href, new Image(href, type, bytes));
            return href;
        } catch (IOException e) {
            return refuse(figure, documentName, "image " + path + " cannot be read ("
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString()) + ")");
        }
    }

    /**
     * Adds another collection's images after these (each once) and its diagnostics after these.
     *
     * @param other images collected apart, such as a chapter's
     */
    public void addAll(Images other) {
        other.byHref.forEach(byHref::putIfAbsent);
        diagnostics.addAll(other.diagnostics);
    }

    /** @return the images added, in the order first added */
    public List<Image> all() {
        return List.copyOf(byHref.values());
    }

    /** @return what could not be read, and why, with the document that named it */
    public List<SourceDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private String refuse(Figure figure, String documentName, String message) {
        diagnostics.add(new SourceDiagnostic(documentName, new Diagnostic(Severity.WARNING, "image-not-included",
                message, figure.span())));
        return null;
    }

    static String mediaType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
            return "image/webp";
        }
        return null;
    }

    private static String extension(String type) {
        return switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            default -> ".webp";
        };
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
