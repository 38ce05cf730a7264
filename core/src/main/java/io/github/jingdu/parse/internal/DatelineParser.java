package io.github.jingdu.parse.internal;

import io.github.jingdu.model.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code 2024年8月12日17点51分于上海。} and its variants into a {@link Dateline}. */
public final class DatelineParser {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern AFTER_DATE = Pattern.compile(
            "^\\s*(?:[(（]?(?:周|星期)[一二三四五六日天][)）]?)?\\s*"
            + "(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|深夜)?\\s*"
            + "(?:(\\d{1,2})\\s*(?:点|时|:|：)\\s*(?:(\\d{1,2})\\s*分?)?)?");
    private static final Pattern PLACE = Pattern.compile("^[^。.，,]*?于\\s*([^。.，,；;\\s]+)");

    private DatelineParser() {
    }

    /**
     * Finds a date, and the time and place after it, in a line of text.
     *
     * @param text a postscript line
     * @return the dateline, or null when no valid date is written
     */
    public static Dateline parse(String text) {
        Matcher d = DATE.matcher(text);
        if (!d.find()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        String rest = text.substring(d.end());
        Matcher t = AFTER_DATE.matcher(rest);
        String period = null;
        LocalTime time = null;
        if (t.find()) {
            period = t.group(1);
            if (t.group(2) != null) {
                time = time(t.group(2), t.group(3), period);
            }
            rest = rest.substring(t.end());
        }
        Matcher p = PLACE.matcher(rest);
        String place = p.find() ? p.group(1) : null;
        return new Dateline(date, time, period, place);
    }

    private static LocalTime time(String hours, String minutes, String period) {
        try {
            int h = Integer.parseInt(hours);
            int m = minutes == null ? 0 : Integer.parseInt(minutes);
            boolean afternoon = "下午".equals(period) || "晚上".equals(period) || "傍晚".equals(period);
            if (afternoon && h < 12) {
                h += 12;
            }
            return LocalTime.of(h, m);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
