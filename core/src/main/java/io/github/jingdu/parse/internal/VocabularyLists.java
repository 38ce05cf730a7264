package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import io.github.jingdu.model.EntryShape;
import io.github.jingdu.model.Example;
import io.github.jingdu.model.SourceSpan;
import io.github.jingdu.model.VocabularyEntry;
import io.github.jingdu.model.VocabularyList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown list as vocabulary when its items present terms ({@link TermItems}); the lines
 * under an item that give an example ({@code 例句：…}, an English sentence, its translation in
 * brackets on the next line) are that item's examples.
 */
final class VocabularyLists {
    private static final Pattern ITEM = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])[ \\t]+");

    private VocabularyLists() {
    }

    /**
     * Whether a line ends the list above it: a vocabulary line written at the margin, which the
     * notes mean as an entry of its own rather than as the continuation of an item.
     *
     * @param content a line's content
     * @return true for such a line
     */
    static boolean endsList(String content) {
        return !content.isEmpty() && !Character.isWhitespace(content.charAt(0)) && !isItem(content)
                && !ExampleLines.labelled(content) && VocabularyLine.parse(content, false) != null;
    }

    /** Whether a line starts a list item. */
    static boolean isItem(String content) {
        int i = 0;
        while (i < content.length() && i < 3 && content.charAt(i) == ' ') {
            i++;
        }
        if (i == content.length()) {
            return false;
        }
        char c = content.charAt(i);
        return (c == '-' || c == '+' || c == '*' || c >= '0' && c <= '9') && ITEM.matcher(content).find();
    }

    /**
     * Reads the list on lines {@code from} to {@code end} (exclusive).
     *
     * @return the list with its entries, or null when no item presents a term
     */
    static VocabularyList read(ReadContext ctx, int from, int end) {
        int last = end - 1;
        while (last > from && Scripts.isBlank(ctx.content(last))) {
            last--;
        }
        List<VocabularyEntry> entries = new ArrayList<>();
        boolean inTermItem = false;
        for (int line = from; line <= last; line++) {
            String content = ctx.content(line);
            Matcher m = ITEM.matcher(content);
            if (m.find()) {
                List<VocabularyLine.Parts> terms = TermItems.parse(content.substring(m.end()));
                inTermItem = !terms.isEmpty();
                for (VocabularyLine.Parts parts : terms) {
                    entries.add(entry(ctx, line, parts));
                }
            } else if (!Scripts.isBlank(content) && !ExampleLines.labelled(content)
                    && VocabularyLine.parse(content, false) != null) {
                // A vocabulary line under the items (`vested：既定的`) is an entry of its own.
                entries.add(lineEntry(ctx, line, VocabularyLine.parse(content, false)));
                inTermItem = true;
            } else if (inTermItem && !entries.isEmpty() && !Scripts.isBlank(content)) {
                line = example(ctx, line, last, entries);
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        StringBuilder markdown = new StringBuilder();
        for (int i = from; i <= last; i++) {
            markdown.append(i > from ? "\n" : "").append(ctx.content(i));
        }
        return new VocabularyList(entries, markdown.toString(), ctx.lines.spanOfContent(from, last));
    }

    /**
     * Attaches an example written under an item to its last entry; an English line whose
     * translation is the next line takes both.
     *
     * @return the last line the example takes
     */
    private static int example(ReadContext ctx, int line, int last, List<VocabularyEntry> entries) {
        String content = ctx.content(line);
        if (!ExampleLines.labelled(content) && !ExampleLines.startsEnglish(content)) {
            return line;
        }
        int to = line;
        Example x = ExampleLines.read(content, content.strip(), ctx.lines.spanOfContent(line, line));
        if (x.chinese().isEmpty() && line < last && Scripts.hasHan(ctx.content(line + 1))
                && !isItem(ctx.content(line + 1))) {
            to = line + 1;
            String chinese = ExampleLines.unbracketed(Scripts.strip(ctx.content(to)));
            x = new Example(x.english(), Scripts.strip(chinese), content.strip() + "\n" + ctx.content(to).strip(),
                    ctx.lines.spanOfContent(line, to));
        }
        int at = entries.size() - 1;
        entries.set(at, entries.get(at).withExample(x));
        return to;
    }

    private static VocabularyEntry lineEntry(ReadContext ctx, int line, VocabularyLine.Parts parts) {
        VocabularyLine.Gloss gloss = VocabularyLine.readGloss(parts.gloss());
        ReadContext.Piece p = ctx.piece(line);
        return new VocabularyEntry(parts.headword(), parts.variants(), parts.gloss(), gloss.pronunciations(),
                gloss.senses(), gloss.note(), gloss.morphology(), gloss.flags(), null, ctx.lines.span(p.from(), p.to()),
                null, null, List.of(), EntryShape.LINE, ctx.text(p));
    }

    private static VocabularyEntry entry(ReadContext ctx, int line, VocabularyLine.Parts parts) {
        VocabularyLine.Gloss gloss = VocabularyLine.readGloss(parts.gloss());
        ReadContext.Piece p = ctx.piece(line);
        SourceSpan span = ctx.lines.span(p.from(), p.to());
        return new VocabularyEntry(parts.headword(), parts.variants(), parts.gloss(), gloss.pronunciations(),
                gloss.senses(), gloss.note(), gloss.morphology(), gloss.flags(), null, span, null, null, List.of(),
                EntryShape.LIST_ITEM, ctx.text(p));
    }
}
