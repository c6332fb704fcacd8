package org.fengqiao.org.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stored notices: which years are known, and each year's holidays and make-up working days. */
@Repository
public class CalendarDays {

    /** A year as the administration page lists it. */
    public record YearSummary(int year, long holidays, long workdays, Instant updatedAt, String updatedBy) {
    }

    /** One stored date. */
    public record Day(LocalDate day, DayKind kind, String name) {
    }

    private final JdbcClient jdbc;

    CalendarDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DayTable table(boolean weekendsOnlyFallback) {
        Map<LocalDate, DayKind> overrides = new HashMap<>();
        jdbc.sql("SELECT day, kind FROM calendar_day").query((rs, i) -> overrides.put(
                rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")))).list();
        var years = new TreeSet<>(jdbc.sql("SELECT year FROM calendar_year").query(Integer.class).list());
        return new DayTable(overrides, years, weekendsOnlyFallback);
    }

    public List<YearSummary> years() {
        return jdbc.sql("""
                SELECT y.year, y.updated_at, y.updated_by,
                       count(d.day) FILTER (WHERE d.kind = 'HOLIDAY') AS holidays,
                       count(d.day) FILTER (WHERE d.kind = 'WORKDAY') AS workdays
                FROM calendar_year y LEFT JOIN calendar_day d ON d.year = y.year
                GROUP BY y.year ORDER BY y.year DESC""")
                .query((rs, i) -> new YearSummary(rs.getInt("year"), rs.getLong("holidays"), rs.getLong("workdays"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list();
    }

    public List<Day> days(int year) {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day WHERE year = ? ORDER BY day").param(year)
                .query((rs, i) -> new Day(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name")))
                .list();
    }

    public Optional<String> notice(int year) {
        return jdbc.sql("SELECT notice FROM calendar_year WHERE year = ?").param(year).query(String.class).optional();
    }

    /** Replaces a year's dates with those of a checked notice, all or nothing. */
    @Transactional
    public void replaceYear(NoticePreview notice, String text, String by) {
        notice.requireValid();
        jdbc.sql("DELETE FROM calendar_day WHERE year = ?").param(notice.year()).update();
        jdbc.sql("""
                INSERT INTO calendar_year (year, notice, updated_at, updated_by) VALUES (?, ?, now(), ?)
                ON CONFLICT (year) DO UPDATE SET notice = excluded.notice, updated_at = now(),
                updated_by = excluded.updated_by""")
                .params(notice.year(), text, by).update();
        for (NoticeEntry e : notice.entries()) {
            jdbc.sql("INSERT INTO calendar_day (day, kind, name, year) VALUES (?,?,?,?)")
                    .params(e.day(), e.kind().name(), e.name(), notice.year()).update();
        }
    }
}
