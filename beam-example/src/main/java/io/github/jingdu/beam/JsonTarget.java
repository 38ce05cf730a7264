package io.github.jingdu.beam;

/** Where a note's JSON goes below {@code json/}: its path with the extension {@code .json}, as the command names it. */
final class JsonTarget {
    private JsonTarget() {
    }

    /**
     * Returns the JSON file's path for a note's path.
     *
     * @param relative the note's path below the input folder, with {@code /} between names
     * @return the same path ending in {@code .json} instead of its extension
     */
    static String of(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        String base = dot > slash + 1 ? relative.substring(0, dot) : relative;
        return base + ".json";
    }
}
