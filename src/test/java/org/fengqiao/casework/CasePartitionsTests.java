package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * case_history is range-partitioned by month of its entries, cases by month of their time-ordered ids; each has a
 * default partition, and a job creates the months ahead and moves what waited in the defaults.
 */
@SpringBootTest
class CasePartitionsTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcClient jdbc;

    @Test
    void historyAndCasesArePartitionedByMonthAndTheJobCreatesTheComingMonthsAndEmptiesTheDefaults() {
        for (String table : new String[] {"case_history", "cases"}) {
            assertThat(jdbc.sql("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = ?::regclass")
                    .param(table).query(String.class).single()).as(table).isEqualTo("r");
            assertThat(isPartition(table, table + "_default")).isTrue();
        }
        CasePartitions.createAhead(jdbc, LocalDate.now(CHINA));
        LocalDate month = LocalDate.now(CHINA).withDayOfMonth(1);
        for (int i = 0; i <= CasePartitions.MONTHS_AHEAD; i++) {
            assertThat(isPartition("case_history", name("case_history", month.plusMonths(i)))).isTrue();
            assertThat(isPartition("cases", name("cases", month.plusMonths(i)))).isTrue();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_history_default").query(Long.class).single())
                .as("back-dated demo history moved into monthly partitions").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM cases_default").query(Long.class).single())
                .as("demo cases have time-ordered ids of this month").isZero();
    }

    @Test
    void aCaseTakenInGetsATimeOrderedIdAndLandsInThePartitionOfItsMonthWithItsKey() {
        CaseId first = CaseId.next();
        CaseId second = CaseId.next();
        assertThat(first.value().version()).isEqualTo(7);
        assertThat(second.value().toString()).as("ids grow with time").isGreaterThan(first.value().toString());
        UUID newest = jdbc.sql("SELECT id FROM cases ORDER BY touched_at DESC LIMIT 1").query(UUID.class).single();
        assertThat(newest.version()).isEqualTo(7);
        assertThat(partitionOf(newest)).isEqualTo(name("cases", LocalDate.now(CHINA)));
        assertThat(jdbc.sql("SELECT count(*) FROM case_key k JOIN cases c USING (id, number) WHERE c.id = ?")
                .param(newest).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_key").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single());
    }

    @Test
    void aLegacyIdInAFutureMonthWaitsInTheDefaultAndMovesWithEverythingReferringToIt() {
        ZonedDateTime far = LocalDate.now(CHINA).withDayOfMonth(1).plusYears(6).atStartOfDay(CHINA).plusDays(9);
        UUID legacy = legacyIdAt(far.toInstant());
        UUID template = jdbc.sql("SELECT id FROM cases WHERE merged_into IS NULL ORDER BY created_at LIMIT 1")
                .query(UUID.class).single();
        String month = name("cases", far.toLocalDate());
        try {
            copyCase(template, legacy, "QY-29990101-" + legacy.toString().substring(0, 8));
            jdbc.sql("""
                    INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, to_status)
                    VALUES (?, 1, now(), 'partition test', 'ADMIN', 'WEB', 'SUBMIT', 'SUBMITTED')""")
                    .param(legacy).update();
            assertThat(partitionOf(legacy)).isEqualTo("cases_default");

            CasePartitions.createCaseMonth(jdbc, far.toLocalDate());
            CasePartitions.createCaseMonth(jdbc, far.toLocalDate());

            assertThat(partitionOf(legacy)).as("moved into the month of its id, created once").isEqualTo(month);
            assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE case_id = ?").param(legacy)
                    .query(Long.class).single()).as("its history kept").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM cases WHERE id = ?").param(legacy).query(Long.class).single())
                    .isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM case_key WHERE id = ?").param(legacy).update();
            jdbc.sql("DROP TABLE IF EXISTS " + month).update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE case_id = ?").param(legacy)
                .query(Long.class).single()).as("deleting the key deleted what referred to the case").isZero();
    }

    @Test
    void aCaseNumberStaysUniqueAcrossPartitions() {
        UUID template = jdbc.sql("SELECT id FROM cases WHERE merged_into IS NULL ORDER BY created_at LIMIT 1")
                .query(UUID.class).single();
        String number = jdbc.sql("SELECT number FROM cases WHERE id = ?").param(template).query(String.class).single();
        UUID elsewhere = legacyIdAt(Instant.parse("2001-06-01T00:00:00Z"));
        assertThatThrownBy(() -> copyCase(template, elsewhere, number)).isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM case_key WHERE id = ?").param(elsewhere).query(Long.class).single())
                .as("nothing left behind").isZero();
    }

    @Test
    void everyTimeOrderedIdFallsInsideTheRangeOfTheBeijingMonthOfItsMillisecond() {
        // 20,000 random instants from 2000 to 2100, and the first and last millisecond of every month in between
        long wrong = jdbc.sql("""
                WITH t AS (
                  SELECT timestamptz '2000-01-01 00:00:00+08' + random() * interval '100 years' AS at
                  FROM generate_series(1, 20000)
                  UNION ALL
                  SELECT m + d FROM generate_series(timestamp '2000-01-01', timestamp '2100-01-01', interval '1 month') s,
                    LATERAL (SELECT (s AT TIME ZONE 'Asia/Shanghai') AS m) b,
                    (VALUES (interval '0'), (interval '-1 millisecond')) v (d)
                ), ids AS (
                  SELECT date_trunc('milliseconds', at) AS at, (left(replace(case_id_floor(at)::text, '-', ''), 12)
                    || '7' || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid AS id
                  FROM t
                ), months AS (
                  SELECT at, id, date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date AS month FROM ids
                )
                SELECT count(*) FROM months
                WHERE case_id_month(id) IS DISTINCT FROM month
                   OR id < case_id_floor(month::timestamp AT TIME ZONE 'Asia/Shanghai')
                   OR id >= case_id_floor((month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')""")
                .query(Long.class).single();
        assertThat(wrong).isZero();
        assertThat(jdbc.sql("SELECT case_id_month('01a21669-4fca-4003-8a64-b63967842092')").query(String.class)
                .optional().orElse(null)).as("a random (version 4) id has no month").isNull();
    }

    /** A random version 4 id whose first 48 bits happen to read as {@code at}, as some ids given before V9_3 do. */
    private static UUID legacyIdAt(Instant at) {
        UUID random = UUID.randomUUID();
        long high = (at.toEpochMilli() << 16) | (random.getMostSignificantBits() & 0xFFFFL);
        return new UUID(high, random.getLeastSignificantBits());
    }

    private void copyCase(UUID template, UUID id, String number) {
        jdbc.sql("""
                INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases,
                    to_jsonb(c) || jsonb_build_object('id', ?::text, 'number', ?::text))).* FROM cases c WHERE id = ?""")
                .params(id.toString(), number, template).update();
    }

    @Test
    void anEntryInAMonthWithoutPartitionWaitsInTheDefaultAndMovesWhenItsMonthIsCreated() {
        UUID caseId = jdbc.sql("SELECT id FROM cases ORDER BY created_at LIMIT 1").query(UUID.class).single();
        ZonedDateTime far = LocalDate.now(CHINA).withDayOfMonth(1).plusYears(5).atStartOfDay(CHINA).plusDays(9);
        String month = name("case_history", far.toLocalDate());
        jdbc.sql("""
                INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, to_status)
                VALUES (?, 100000, ?, 'partition test', 'ADMIN', 'WEB', 'PROGRESS', 'IN_PROGRESS')""")
                .params(caseId, java.sql.Timestamp.from(far.toInstant())).update();
        try {
            assertThat(partitionOfTestEntry(caseId)).isEqualTo("case_history_default");
            CasePartitions.createHistoryMonth(jdbc, far.toLocalDate());
            CasePartitions.createHistoryMonth(jdbc, far.toLocalDate());
            assertThat(partitionOfTestEntry(caseId)).as("moved into its month, created once").isEqualTo(month);
            assertThat(isPartition("case_history", month)).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM case_history WHERE case_id = ? AND seq = 100000")
                    .param(caseId).query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM case_history WHERE case_id = ? AND seq = 100000").param(caseId).update();
            jdbc.sql("DROP TABLE IF EXISTS " + month).update();
        }
    }

    /** The history partition holding the test entry. */
    private String partitionOfTestEntry(UUID caseId) {
        return jdbc.sql("SELECT tableoid::regclass::text FROM case_history WHERE case_id = ? AND seq = 100000")
                .param(caseId).query(String.class).single();
    }

    private String partitionOf(UUID caseId) {
        return jdbc.sql("SELECT tableoid::regclass::text FROM cases WHERE id = ?").param(caseId)
                .query(String.class).single();
    }

    private boolean isPartition(String table, String name) {
        return jdbc.sql("""
                SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = ?::regclass AND c.relname = ?""").params(table, name)
                .query(Long.class).single() == 1;
    }

    private static String name(String table, LocalDate month) {
        return table + "_" + month.toString().substring(0, 7).replace('-', '_');
    }
}
