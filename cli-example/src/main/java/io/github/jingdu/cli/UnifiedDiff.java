package io.github.jingdu.cli;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, for {@code lint --fix --dry-run}. */
final class UnifiedDiff {
    private static final int CONTEXT = 2;

    private UnifiedDiff() {
    }

    static String of(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new String[] {" ", a.get(i++), String.valueOf(i), String.valueOf(j + 1)});
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new String[] {"-", a.get(i++), String.valueOf(i), String.valueOf(j + 1)});
            } else {
                ops.add(new String[] {"+", b.get(j++), String.valueOf(i + 1), String.valueOf(j)});
            }
        }
        StringBuilder out = new StringBuilder("--- " + name + "\n+++ " + name + " (fixed)\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && (end - lastChange) <= 2 * CONTEXT) {
                if (!ops.get(end)[0].equals(" ")) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(out, ops.subList(start, end));
            k = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String[]> ops) {
        int oldStart = Integer.parseInt(ops.get(0)[2]);
        int newStart = Integer.parseInt(ops.get(0)[3]);
        long oldCount = ops.stream().filter(o -> !o[0].equals("+")).count();
        long newCount = ops.stream().filter(o -> !o[0].equals("-")).count();
        out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',')
                .append(newCount).append(" @@\n");
        for (String[] o : ops) {
            out.append(o[0]).append(o[1]).append('\n');
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
