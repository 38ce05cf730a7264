package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.RuleReporter;
import io.github.jingdu.lint.RuleInfo;
import java.util.Objects;

/**
 * A check over one document, with what it is ({@link RuleInfo}). Rules are stateless and shared
 * between threads; a rule gives its description to this constructor and implements
 * {@link #check}.
 */
public abstract class Rule {

    private final RuleInfo info;

    /**
     * @param info what the rule is: id, name, category, default level, whether it fixes
     */
    protected Rule(RuleInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    /**
     * Returns what the rule is.
     *
     * @return its description
     */
    public final RuleInfo info() {
        return info;
    }

    /**
     * Checks a document, reporting what it finds.
     *
     * @param input the document, its text and lines
     * @param out where findings go
     */
    public abstract void check(LintInput input, RuleReporter out);
}
