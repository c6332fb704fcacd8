package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers such as {@code QY-20261125-0007}: prefix by kind, the day in China time, and a
 * per-day counter. The counter row is incremented by one upsert, which takes the row lock, so numbers are
 * unique across any number of application instances sharing the database.
 */
@Component
class CaseNumbering {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    CaseNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(CaseKind kind, Instant at) {
        LocalDate day = at.atZone(CHINA).toLocalDate();
        int n = jdbc.sql("""
                INSERT INTO case_number_counter (prefix, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (prefix, day) DO UPDATE SET last_value = case_number_counter.last_value + 1
                RETURNING last_value""").params(kind.prefix(), day).query(Integer.class).single();
        return "%s-%s-%04d".formatted(kind.prefix(), DAY.format(day), n);
    }
}
