package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.RuleInfo;

/** A check over one document. Rules are stateless and shared between threads. */
public interface Rule {

    /**
     * Returns what the rule is.
     *
     * @return its description
     */
    RuleInfo info();

    /**
     * Checks a document, reporting what it finds.
     *
     * @param input the document, its text and lines
     * @param out where findings go
     */
    void check(LintInput input, Reporter out);
}
