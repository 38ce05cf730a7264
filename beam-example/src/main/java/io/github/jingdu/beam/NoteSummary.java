package io.github.jingdu.beam;

import io.github.jingdu.lint.Finding;
import io.github.jingdu.model.Severity;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one note gave, for the summary: its vocabulary and findings counted, or why it could not
 * be read.
 *
 * @param source the note's path
 * @param entries its vocabulary entries
 * @param findingsBySeverity its lint findings, by severity
 * @param findingsByRule its lint findings, by rule id
 * @param problem why the note, or one of its outputs, could not be made; null when all were
 */
record NoteSummary(String source, int entries, Map<Severity, Integer> findingsBySeverity,
        Map<String, Integer> findingsByRule, @Nullable String problem) implements Serializable {

    /** Copies the maps. */
    NoteSummary {
        findingsBySeverity = Map.copyOf(findingsBySeverity);
        findingsByRule = Map.copyOf(findingsByRule);
    }

    /** A note read, with its entries and findings. */
    static NoteSummary read(String source, int entries, List<Finding> findings, @Nullable String problem) {
        Map<Severity, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.rule().id(), 1, Integer::sum);
        }
        return new NoteSummary(source, entries, bySeverity, byRule, problem);
    }

    /** A note that could not be read. */
    static NoteSummary unreadable(String source, String problem) {
        return new NoteSummary(source, 0, Map.of(), Map.of(), problem);
    }
}
