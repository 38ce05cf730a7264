package io.github.jingdu.terms;

import java.util.Locale;

/** Whether a head's word is a misspelling of a word of the text: one edit for five letters or more, two for eight. */
final class Misspellings {

    private Misspellings() {
    }

    static boolean near(String head, String word) {
        String a = head.toLowerCase(Locale.ROOT);
        String b = word.toLowerCase(Locale.ROOT);
        if (a.length() < 5 || a.equals(b) || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int allowed = a.length() >= 8 ? 2 : 1;
        return distance(a, b) <= allowed;
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
