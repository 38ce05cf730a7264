package io.github.jingdu.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a page of docs/, chosen by their info string: the examples the pages show
 * and the tests run (```` ````notes ```` in the rule pages, ```` ```java ```` in the API guide,
 * ```` ````example ```` in the format page). A block with another info string is skipped whole, so
 * that a fence shown inside it is not taken for one.
 */
public final class FencedBlocks {
    private static final Pattern OPENING = Pattern.compile("(`{3,})([^`\\s]*)");

    /**
     * A fenced block.
     *
     * @param info its info string
     * @param line the line of its opening fence, from 1
     * @param body its lines, each ending with a line break
     */
    public record Block(String info, int line, String body) {
    }

    private FencedBlocks() {
    }

    /**
     * @param page the page's Markdown
     * @param infos the info strings of the blocks wanted
     * @return those blocks, in page order
     * @throws AssertionError when a wanted block is not closed
     */
    public static List<Block> of(String page, Set<String> infos) {
        String[] lines = page.split("\n", -1);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches()) {
                continue;
            }
            String fence = opening.group(1);
            int open = i;
            StringBuilder body = new StringBuilder();
            for (i++; i < lines.length && !closes(lines[i], fence); i++) {
                body.append(lines[i]).append('\n');
            }
            if (infos.contains(opening.group(2))) {
                if (i == lines.length) {
                    throw new AssertionError("the block of line " + (open + 1) + " is not closed");
                }
                out.add(new Block(opening.group(2), open + 1, body.toString()));
            }
        }
        return out;
    }

    /** A closing fence: only backticks, at least as many as the opening one. */
    private static boolean closes(String line, String fence) {
        return line.length() >= fence.length() && line.chars().allMatch(c -> c == '`');
    }
}
