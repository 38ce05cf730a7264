package io.github.jingdu.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a translation unit, in the order the translation prompt produces them.
 *
 * @since 0.1.0
 */
public enum RenditionKind {
    /** {@code ### 英文原文}: the English source. */
    SOURCE("英文原文"),
    /** {@code ### 直译}: the literal translation. */
    LITERAL("直译"),
    /** {@code ### 问题} or {@code ### 反思}: the critique of the literal translation. */
    CRITIQUE("问题"),
    /** {@code ### 意译}: the free translation. */
    FREE("意译");

    private final String heading;

    RenditionKind(String heading) {
        this.heading = heading;
    }

    /**
     * Returns the heading text the canonical form writes for this part.
     *
     * @return such as {@code 直译}
     */
    public String heading() {
        return heading;
    }

    /**
     * Recognises a heading's text, ignoring emphasis, spaces and a trailing colon.
     *
     * @param headingText the text after the {@code #} marks
     * @return the kind, or null when the heading names no part of a translation unit
     */
    public static @Nullable RenditionKind of(String headingText) {
        String t = headingText.replace("*", "");
        int end = t.length();
        while (end > 0 && " \t\n\u000B\f\r:：".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        t = t.substring(0, end).strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "英文原文":
            case "原文":
            case "英文":
                return SOURCE;
            case "直译":
                return LITERAL;
            case "问题":
            case "反思":
                return CRITIQUE;
            case "意译":
                return FREE;
            default:
                return null;
        }
    }
}
