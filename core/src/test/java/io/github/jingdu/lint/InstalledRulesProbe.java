package io.github.jingdu.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a program sees of the rules installed beside Jingdu's, as lines of text: run by
 * {@link InstalledRulesTest} in a class loader that has the rules installed.
 */
public final class InstalledRulesProbe {
    static final String NOTE = "原文：\n\nTODO: say it!! Now.\n\n`TODO` in code.\n\n现在说！\n";

    private InstalledRulesProbe() {
    }

    /**
     * Lints {@link #NOTE} with the installed rules and reports what came of it.
     *
     * @return one line per fact
     */
    public static String run() {
        List<String> lines = new ArrayList<>();
        for (RuleInfo rule : Linter.rules()) {
            if (!rule.id().startsWith("JD")) {
                lines.add("rule " + rule.id() + " " + rule.name() + " " + rule.defaultLevel());
            }
        }
        LintConfig config = LintConfig.defaults().with(null, Map.of("no-shouting", Level.ERROR));
        Linter linter = Linter.builder().config(config).build();
        for (Finding f : linter.lint(NOTE, null).findings()) {
            if (f.rule().id().startsWith("ACME")) {
                lines.add(f.span().line() + ":" + f.span().column() + " " + f.severity() + " " + f.rule().name() + ": "
                        + f.message());
            }
        }
        lines.add("fixed: " + linter.fix(NOTE, null).text().lines().skip(2).findFirst().orElse(""));
        Linter quiet = Linter.builder().config(LintConfig.defaults().with(null, Map.of("no-todo", Level.OFF,
                "always-fails", Level.OFF, "out-of-range", Level.OFF, "not-now", Level.OFF, "recursing", Level.OFF)))
                .build();
        lines.add("off: " + quiet.lint(NOTE, null).findings().stream().filter(f -> f.rule().id().startsWith("ACME")).count());
        String sarif = LintReport.write(ReportFormat.SARIF, List.of());
        lines.add("sarif names no-todo: " + sarif.contains("\"name\" : \"no-todo\"") + ", links to its page: "
                + sarif.contains("docs/rules/no-todo.md"));
        return String.join("\n", lines);
    }

    /**
     * Asks for the rules twice.
     *
     * @return what each call threw, a line each
     */
    public static String askTwice() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try {
                lines.add("listed " + Linter.rules().size());
            } catch (Throwable e) {
                lines.add(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        return String.join("\n", lines);
    }
}
