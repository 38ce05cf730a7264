package io.github.jingdu.html.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file of each note's page: {@code notes/} and its path, folders and all, with every run of
 * characters other than letters and digits as one {@code -} and the extension dropped
 * ({@code Basketball/Game 3.md} → {@code notes/Basketball-Game-3.html}). Such names need no
 * escaping in a link; so that every file system takes them, a name Windows reserves
 * ({@code con}, {@code nul}, {@code com1}…) gets {@code -note}, and one longer than
 * {@value #MAX} characters keeps its start and a hash of the whole path. Names that two paths
 * share, case aside, are told apart by a number, in the order of the paths.
 */
final class PageNames {
    /** At most this many characters: 80 Chinese characters are 240 bytes in UTF-8, under 255. */
    static final int MAX = 80;
    private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile(
            "(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]");
    private PageNames() {
    }

    static List<String> of(List<String> paths) {
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>(paths.size());
        for (String path : paths) {
            String base = slug(path);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            out.add("notes/" + name + ".html");
        }
        return out;
    }

    private static String slug(String path) {
        String p = Normalizer.normalize(path, Normalizer.Form.NFC);
        int slash = p.lastIndexOf('/');
        int dot = p.lastIndexOf('.');
        if (dot > slash + 1) {
            p = p.substring(0, dot);
        }
        StringBuilder out = new StringBuilder();
        p.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        String name = out.length() == 0 ? "note" : out.toString();
        if (RESERVED.matcher(name).matches()) {
            return name + "-note";
        }
        if (name.codePointCount(0, name.length()) > MAX) {
            String hash = Integer.toHexString(path.hashCode() | 0x10000000);
            return name.substring(0, name.offsetByCodePoints(0, MAX - hash.length() - 1)) + "-" + hash;
        }
        return name;
    }
}
