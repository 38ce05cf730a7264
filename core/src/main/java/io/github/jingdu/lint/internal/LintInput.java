package io.github.jingdu.lint.internal;

import io.github.jingdu.lint.RuleContext;
import io.github.jingdu.model.NoteDocument;
import io.github.jingdu.text.internal.Lines;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A document as rules see it: the text, its lines, the parsed model, the file it came from, and
 * which characters are code, URLs or HTML comments (never checked for typography).
 */
public final class LintInput implements RuleContext {
    /**
     * Code spans, HTML comments and tags, link targets, URLs and e-mail addresses. Every part that
     * could scan far without matching is bounded, so that a hostile line ({@code <a<a<a…}) costs
     * linear time.
     */
    private static final Pattern PROTECTED = Pattern.compile(
            "`+[^`\\n]{0,2000}`+|<!--[^<\\n]{0,2000}?-->|\\]\\([^()\\[\\]\\s]{0,2000}\\)|<[a-zA-Z][^<>\\n]{0,500}>"
                    + "|(?:https?|ftp)://[^\\s)）>\\]]+|www\\.[^\\s)）>\\]]+|[\\w.+-]{1,64}@[\\w-]{1,64}\\.[\\w.-]{1,64}");
    private final String text;
    private final Lines lines;
    private final NoteDocument document;
    private final @Nullable Path file;
    private final boolean[] code;
    private final boolean[] fenced;

    /**
     * @param text the whole text
     * @param document its parse
     * @param file the file it came from, or null
     */
    public LintInput(String text, NoteDocument document, @Nullable Path file) {
        this.text = text;
        this.lines = Lines.of(text);
        this.document = document;
        this.file = file;
        this.fenced = new boolean[lines.count()];
        this.code = protectedChars(text, lines);
    }

    /** @return the whole text */
    @Override
    public String text() {
        return text;
    }

    /** @return its lines */
    public Lines lines() {
        return lines;
    }

    /** @return the parsed document */
    @Override
    public NoteDocument document() {
        return document;
    }

    /** @return the file, or null when the text did not come from one */
    @Override
    public @Nullable Path file() {
        return file;
    }

    /**
     * @param offset a character's offset
     * @return whether it is inside code, a URL, a link target or an HTML comment or tag
     */
    @Override
    public boolean isProtected(int offset) {
        return code[offset];
    }

    /**
     * The lines a rule about prose reads: every line outside fenced code blocks, in order.
     *
     * @return their 0-based numbers
     */
    public int[] linesOutsideFences() {
        return IntStream.range(0, fenced.length).filter(line -> !fenced[line]).toArray();
    }

    /** Most lines hold no code, URL or tag: the pattern runs only where one may start. */
    private static boolean mayHoldProtected(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' || c == '<' || c == ']' || c == ':' || c == '@' || c == 'w' && line.startsWith("www.", i)) {
                return true;
            }
        }
        return false;
    }

    private boolean[] protectedChars(String text, Lines lines) {
        boolean[] mask = new boolean[text.length() + 1];
        String fence = null;
        for (int i = 0; i < lines.count(); i++) {
            String content = lines.content(i);
            String stripped = content.stripLeading();
            boolean marker = stripped.startsWith("```") || stripped.startsWith("~~~");
            if (fence != null || marker) {
                fenced[i] = true;
                for (int k = lines.start(i); k < lines.contentEnd(i); k++) {
                    mask[k] = true;
                }
                if (marker) {
                    String run = stripped.substring(0, 3);
                    fence = fence == null ? run : stripped.startsWith(fence) ? null : fence;
                }
                continue;
            }
            if (!mayHoldProtected(content)) {
                continue;
            }
            Matcher m = PROTECTED.matcher(content);
            int base = lines.start(i);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) {
                    mask[base + k] = true;
                }
            }
        }
        return mask;
    }
}
