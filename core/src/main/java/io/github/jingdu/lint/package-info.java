/**
 * Checking notes: {@link io.github.jingdu.lint.Linter} applies the rule catalog (configured by
 * {@link io.github.jingdu.lint.LintConfig}) and gives {@link io.github.jingdu.lint.Finding}s and
 * safe fixes; {@link io.github.jingdu.lint.LintReport} writes them as text, JSON, SARIF or GitHub
 * annotations.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.jingdu.lint;

import org.jspecify.annotations.NullMarked;
