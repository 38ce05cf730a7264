package io.github.jingdu.model;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The date, time and place of a postscript, as in {@code 2024年8月12日17点51分于上海。}.
 * Any part may be missing (null).
 *
 * @param date the calendar date, or null
 * @param time the time of day, or null
 * @param period a written period of the day such as {@code 下午}, or null
 * @param place the place after {@code 于}, or null
 * @since 0.1.0
 */
public record Dateline(@Nullable LocalDate date, @Nullable LocalTime time, @Nullable String period, @Nullable String place) {
}
