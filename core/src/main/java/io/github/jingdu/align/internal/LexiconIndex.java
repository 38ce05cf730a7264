package io.github.jingdu.align.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Chinese words and the English stems that translate them, in a few flat arrays: a dictionary of
 * 190,000 words loads in a fraction of a second and is looked up in a text without cutting
 * substrings. Immutable and thread-safe.
 *
 * <p>Its binary form ({@link #write}, {@link #read}) holds the stems as Jingdu's stemmer made
 * them, marked with {@link Words#STEMMER}; a form made by another stemmer is refused.
 */
public final class LexiconIndex {
    private static final int MAGIC = 0x4A444C58;
    private static final int FORMAT = 1;
    /** The index with no words. */
    public static final LexiconIndex EMPTY = of(Map.of());

    private final char[] keys;
    private final int[] keyStart;
    private final int[] setOf;
    private final int[] setStart;
    private final int[] setStems;
    private final String[] stems;
    private final Map<String, Integer> stemIds;
    private final int[] table;
    private final int longest;
    /** The first two characters of each word of two or more, as {@code c0 << 16 | c1}, sorted. */
    private final int[] openings;
    /** For each of {@code openings}, the length of the longest word beginning with it (at most 255). */
    private final byte[] openingLongest;
    /** Where each of {@code openings} is, plus one, by its hash (0: a free slot). */
    private final int[] openingTable;
    /** The stems of each set, made when first asked for: the same set for every word that has it. */
    private final AtomicReferenceArray<Set<String>> stemSets;

    private LexiconIndex(char[] keys, int[] keyStart, int[] setOf, int[] setStart, int[] setStems, String[] stems) {
        this.keys = keys;
        this.keyStart = keyStart;
        this.setOf = setOf;
        this.setStart = setStart;
        this.setStems = setStems;
        this.stems = stems;
        this.stemIds = new HashMap<>(stems.length * 4 / 3 + 1);
        for (int i = 0; i < stems.length; i++) {
            stemIds.put(stems[i], i);
        }
        int n = setOf.length;
        int capacity = Integer.highestOneBit(Math.max(n, 1) * 2 + 1) * 2;
        this.table = new int[capacity];
        int most = 0;
        long[] opening = new long[n];
        int openingCount = 0;
        for (int e = 0; e < n; e++) {
            int from = keyStart[e];
            int to = keyStart[e + 1];
            most = Math.max(most, to - from);
            int slot = hash(keys, from, to) & (capacity - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            table[slot] = e + 1;
            if (to - from >= 2) {
                opening[openingCount++] = (long) (keys[from] << 16 | keys[from + 1]) << 8 | Math.min(to - from, 255);
            }
        }
        this.longest = most;
        Arrays.sort(opening, 0, openingCount);
        int[] openingChars = new int[openingCount];
        byte[] openingLongest = new byte[openingCount];
        int distinct = 0;
        for (int i = 0; i < openingCount; i++) {
            int chars = (int) (opening[i] >>> 8);
            if (distinct == 0 || chars != openingChars[distinct - 1]) {
                distinct++;
            }
            // Sorted by length within the same two characters: the last one is the longest.
            openingChars[distinct - 1] = chars;
            openingLongest[distinct - 1] = (byte) opening[i];
        }
        this.openings = Arrays.copyOf(openingChars, distinct);
        this.openingLongest = Arrays.copyOf(openingLongest, distinct);
        this.openingTable = new int[Integer.highestOneBit(Math.max(distinct, 1) * 2 + 1) * 2];
        for (int i = 0; i < distinct; i++) {
            int slot = slotOf(openings[i]);
            while (openingTable[slot] != 0) {
                slot = (slot + 1) & (openingTable.length - 1);
            }
            openingTable[slot] = i + 1;
        }
        this.stemSets = new AtomicReferenceArray<>(setStart.length - 1);
    }

    /**
     * Indexes words and their stems.
     *
     * @param entries each Chinese word and its English stems
     * @return the index, its words in sorted order
     */
    public static LexiconIndex of(Map<String, ? extends Collection<String>> entries) {
        TreeMap<String, ? extends Collection<String>> sorted = new TreeMap<>(entries);
        TreeSet<String> allStems = new TreeSet<>();
        sorted.values().forEach(allStems::addAll);
        String[] stems = allStems.toArray(new String[0]);
        Map<String, Integer> stemId = new HashMap<>();
        for (int i = 0; i < stems.length; i++) {
            stemId.put(stems[i], i);
        }
        Map<List<Integer>, Integer> sets = new HashMap<>();
        List<int[]> setList = new ArrayList<>();
        StringBuilder keys = new StringBuilder();
        int[] keyStart = new int[sorted.size() + 1];
        int[] setOf = new int[sorted.size()];
        int e = 0;
        for (Map.Entry<String, ? extends Collection<String>> entry : sorted.entrySet()) {
            keys.append(entry.getKey());
            keyStart[e + 1] = keys.length();
            List<Integer> ids = entry.getValue().stream().map(stemId::get).distinct().sorted().toList();
            setOf[e] = sets.computeIfAbsent(ids, k -> {
                setList.add(k.stream().mapToInt(Integer::intValue).toArray());
                return setList.size() - 1;
            });
            e++;
        }
        int[] setStart = new int[setList.size() + 1];
        for (int s = 0; s < setList.size(); s++) {
            setStart[s + 1] = setStart[s] + setList.get(s).length;
        }
        int[] setStems = new int[setStart[setList.size()]];
        for (int s = 0; s < setList.size(); s++) {
            System.arraycopy(setList.get(s), 0, setStems, setStart[s], setList.get(s).length);
        }
        return new LexiconIndex(keys.toString().toCharArray(), keyStart, setOf, setStart, setStems, stems);
    }

    /**
     * Reads the binary form {@link #write} writes.
     *
     * @param in the stream, read to the index's end
     * @return the index
     * @throws IOException when the stream fails, is not such a form, or was made by another stemmer
     */
    public static LexiconIndex read(InputStream in) throws IOException {
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (data.getInt() != MAGIC || data.getInt() != FORMAT) {
                throw new IOException("not a Jingdu lexicon index of format " + FORMAT);
            }
            int stemmer = data.getInt();
            if (stemmer != Words.STEMMER) {
                throw new IOException("this lexicon index was made with stemmer " + stemmer + ", not " + Words.STEMMER
                        + ": make it again from its dictionary");
            }
            int[] stemEnds = readInts(data);
            byte[] text = new byte[data.getInt()];
            data.get(text);
            String[] stems = new String[stemEnds.length];
            for (int i = 0; i < stems.length; i++) {
                int from = i == 0 ? 0 : stemEnds[i - 1];
                stems[i] = new String(text, from, stemEnds[i] - from, StandardCharsets.UTF_8);
            }
            int[] setStart = readInts(data);
            int[] setStems = readInts(data);
            int[] keyStart = readInts(data);
            int[] setOf = readInts(data);
            char[] keys = new char[data.getInt()];
            data.asCharBuffer().get(keys);
            return new LexiconIndex(keys, keyStart, setOf, setStart, setStems, stems);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("a Jingdu lexicon index cut short or damaged", e);
        }
    }

    private static int[] readInts(ByteBuffer data) {
        int[] out = new int[data.getInt()];
        data.asIntBuffer().get(out);
        data.position(data.position() + 4 * out.length);
        return out;
    }

    /**
     * Writes the binary form: the same index always gives the same bytes.
     *
     * @param out where to write; not closed
     * @throws IOException when the stream fails
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(Words.STEMMER);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int[] stemEnds = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            text.write(stems[i].getBytes(StandardCharsets.UTF_8));
            stemEnds[i] = text.size();
        }
        writeInts(data, stemEnds);
        data.writeInt(text.size());
        text.writeTo(data);
        writeInts(data, setStart);
        writeInts(data, setStems);
        writeInts(data, keyStart);
        writeInts(data, setOf);
        data.writeInt(keys.length);
        for (char c : keys) {
            data.writeChar(c);
        }
        data.flush();
    }

    private static void writeInts(DataOutputStream data, int[] values) throws IOException {
        data.writeInt(values.length);
        for (int v : values) {
            data.writeInt(v);
        }
    }

    /** @return the number of words */
    public int size() {
        return setOf.length;
    }

    /**
     * Looks a word up.
     *
     * @param text text holding the word
     * @param from where the word begins
     * @param to where it ends
     * @return the word's entry, or -1
     */
    public int find(CharSequence text, int from, int to) {
        return find(text, from, to, hash(text, from, to));
    }

    /**
     * Looks up every word that begins at a position, up to a length: one pass over the text,
     * each length's hash made from the one before.
     *
     * @param text text holding the words
     * @param from where the words begin
     * @param most the longest length to look up (within the text)
     * @param entries where to put the entry of the word of each length {@code len} (at index
     *     {@code len}, from 2), or -1; at least {@code most + 1} long
     */
    public void findFrom(CharSequence text, int from, int most, int[] entries) {
        if (most < 2) {
            return;
        }
        int h = 31 * text.charAt(from) + text.charAt(from + 1);
        for (int len = 2; len <= most; len++) {
            if (len > 2) {
                h = 31 * h + text.charAt(from + len - 1);
            }
            entries[len] = find(text, from, from + len, h ^ (h >>> 16));
        }
    }

    private int find(CharSequence text, int from, int to, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        while (table[slot] != 0) {
            int e = table[slot] - 1;
            if (equal(e, text, from, to)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * @param entry an entry
     * @return its Chinese word
     */
    public String word(int entry) {
        return new String(keys, keyStart[entry], keyStart[entry + 1] - keyStart[entry]);
    }

    /**
     * @param entry an entry
     * @return its English stems
     */
    public Set<String> stems(int entry) {
        int set = setOf[entry];
        Set<String> known = stemSets.get(set);
        if (known == null) {
            String[] out = new String[setStart[set + 1] - setStart[set]];
            for (int k = 0; k < out.length; k++) {
                out[k] = stems[setStems[setStart[set] + k]];
            }
            stemSets.compareAndSet(set, null, Set.of(out));
            known = stemSets.get(set);
        }
        return known;
    }

    /**
     * @param stem an English stem
     * @return true when some word has it
     */
    public boolean translates(String stem) {
        return stemIds.containsKey(stem);
    }

    /**
     * Tells how long a word of two or more characters beginning at a position may be: the
     * longest word that begins with the two characters there.
     *
     * @param text Chinese text
     * @param at a position in it
     * @return that length in UTF-16 units, or 0 when no word of two or more characters begins there
     */
    public int longestFrom(CharSequence text, int at) {
        if (at + 2 > text.length()) {
            return 0;
        }
        int chars = text.charAt(at) << 16 | text.charAt(at + 1);
        int mask = openingTable.length - 1;
        for (int slot = slotOf(chars); openingTable[slot] != 0; slot = (slot + 1) & mask) {
            int i = openingTable[slot] - 1;
            if (openings[i] == chars) {
                return openingLongest[i] & 0xFF;
            }
        }
        return 0;
    }

    /** The slot of two characters in the table of openings: the high bits of a Fibonacci hash. */
    private int slotOf(int chars) {
        return (chars * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(openingTable.length));
    }

    /** @return the length of the longest word, in UTF-16 units */
    public int longest() {
        return longest;
    }

    private boolean equal(int e, CharSequence text, int from, int to) {
        int start = keyStart[e];
        if (keyStart[e + 1] - start != to - from) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (keys[start + i] != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }

    private static int hash(CharSequence chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
