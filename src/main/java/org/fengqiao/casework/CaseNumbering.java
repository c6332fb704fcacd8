package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Human-readable case numbers such as {@code QY-20261125-0007}: prefix by kind, the day of intake in China time,
 * and a serial from one database sequence per kind (at least four digits). A sequence never blocks: concurrent
 * intakes on any number of instances get distinct serials without waiting for each other's commit (a per-day
 * counter row did, and capped intake at one commit at a time). A rolled-back intake leaves a gap, as a
 * sequence does; numbers are unique, not gapless.
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
        long n = jdbc.sql("SELECT nextval('" + sequence(kind) + "')").query(Long.class).single();
        return "%s-%s-%04d".formatted(kind.prefix(), DAY.format(day), n);
    }

    private static String sequence(CaseKind kind) {
        return switch (kind) {
            case ENTERPRISE -> "case_number_qy";
            case RESIDENT -> "case_number_ms";
        };
    }
}
