package io.github.jingdu.lint;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one file, for a report.
 *
 * @param file the file's path as it should appear in the report
 * @param findings its findings
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record FileFindings(String file, List<Finding> findings) implements Serializable {

    /**
     * Copies the list and checks the path.
     *
     * @param file the file's path as it should appear in the report
     * @param findings its findings
     */
    public FileFindings {
        Objects.requireNonNull(file, "file");
        findings = List.copyOf(findings);
    }
}
