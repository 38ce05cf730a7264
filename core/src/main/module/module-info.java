/**
 * Jingdu: read, align, validate and publish bilingual English/Chinese study notes.
 *
 * <p>Start with {@link io.github.jingdu.parse.NotesParser}; the model is in
 * {@link io.github.jingdu.model}, Markdown writers in {@link io.github.jingdu.markdown}, the JSON
 * form in {@link io.github.jingdu.json}, sentence alignment in {@link io.github.jingdu.align},
 * terms and glossaries in {@link io.github.jingdu.terms}, flashcards in
 * {@link io.github.jingdu.anki}, EPUB in {@link io.github.jingdu.epub}, the web reader in
 * {@link io.github.jingdu.html} and the linter in {@link io.github.jingdu.lint}.
 */
module io.github.jingdu.core {
    requires com.ibm.icu;
    requires com.fasterxml.jackson.databind;
    requires java.sql;
    requires static org.xerial.sqlitejdbc;
    requires static transitive org.jspecify;

    exports io.github.jingdu.align;
    exports io.github.jingdu.anki;
    exports io.github.jingdu.epub;
    exports io.github.jingdu.html;

    exports io.github.jingdu.model;
    exports io.github.jingdu.parse;
    exports io.github.jingdu.markdown;
    exports io.github.jingdu.json;
    exports io.github.jingdu.lint;
    exports io.github.jingdu.terms;

    uses io.github.jingdu.align.LexiconProvider;
    uses io.github.jingdu.lint.LintRule;
}
