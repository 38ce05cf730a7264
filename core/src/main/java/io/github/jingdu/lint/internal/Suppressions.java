package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.Finding;
import io.github.jingdu.text.internal.Lines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression comments: {@code <!-- jingdu-disable RULE… -->} until
 * {@code <!-- jingdu-enable -->} (or the end of the file), and
 * {@code <!-- jingdu-disable-next-line RULE… -->}. Without rule names, every rule is meant.
 */
public final class Suppressions {
    /**
     * A suppression comment; the rule names are split from its second group. The names are not a
     * repeated group in the pattern since Java runs one by recursion, a stack frame per name.
     */
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*jingdu-(disable-next-line|disable|enable)((?:\\s[\\sa-z0-9-]*)?)-->");
    private static final String ALL = "*";

    private Suppressions() {
    }

    /**
     * Removes the findings that comments suppress.
     *
     * @param findings the findings
     * @param lines the text's lines
     * @return the findings that stand
     */
    public static List<Finding> apply(List<Finding> findings, Lines lines) {
        List<Set<String>> perLine = new ArrayList<>();
        Set<String> active = new HashSet<>();
        Set<String> nextLine = Set.of();
        for (int i = 0; i < lines.count(); i++) {
            Set<String> here = new HashSet<>(active);
            here.addAll(nextLine);
            nextLine = Set.of();
            Matcher m = COMMENT.matcher(lines.content(i));
            while (m.find()) {
                Set<String> names = names(m.group(2));
                switch (m.group(1)) {
                    case "disable" -> active.addAll(names);
                    case "enable" -> {
                        if (names.contains(ALL)) {
                            active.clear();
                        } else {
                            active.removeAll(names);
                        }
                    }
                    default -> nextLine = names;
                }
            }
            perLine.add(here);
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int line = f.span().line() - 1;
            Set<String> off = line >= 0 && line < perLine.size() ? perLine.get(line) : Set.of();
            if (!off.contains(ALL) && !off.contains(f.rule().name())) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static Set<String> names(String list) {
        String s = list.strip();
        return s.isEmpty() ? Set.of(ALL) : Set.copyOf(Arrays.asList(s.split("\\s+")));
    }
}
