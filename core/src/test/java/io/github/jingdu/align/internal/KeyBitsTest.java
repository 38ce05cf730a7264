package io.github.jingdu.align.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The table of bits by key that lists a sentence's keys: the same answers as a map, across growth and clearing. */
class KeyBitsTest {

    @Test
    void answersAsAMapDoesAcrossGrowthAndClearing() {
        Random random = new Random(7);
        KeyBits table = new KeyBits();
        for (int round = 0; round < 20; round++) {
            table.clear();
            Map<Integer, Long> expected = new TreeMap<>();
            int keys = random.nextInt(round < 10 ? 50 : 2_000);
            for (int i = 0; i < keys * 3; i++) {
                int key = random.nextInt(keys + 1) * 7919;
                long bit = random.nextBoolean() ? 0 : 1L << random.nextInt(64);
                table.or(key, bit);
                expected.merge(key, bit, (a, b) -> a | b);
            }
            assertArrayEquals(expected.keySet().stream().mapToInt(Integer::intValue).toArray(), table.sortedKeys());
            for (Map.Entry<Integer, Long> e : expected.entrySet()) {
                assertEquals(e.getValue(), table.bits(e.getKey()), "key " + e.getKey());
            }
        }
    }
}
