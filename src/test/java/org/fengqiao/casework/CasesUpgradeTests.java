package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A database with cases from before V9_3 (random ids, history, a merge) is upgraded in place: its cases move into
 * the partitioned table, every reference keeps pointing at the same case (now through case_key), the indexes come
 * back on every partition, numbers stay unique, and an old id inside a month created later moves into it.
 */
@SpringBootTest
class CasesUpgradeTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String DB = "fengqiao_upgrade";

    @Autowired
    DataSource dataSource;

    @Test
    void casesOfAnOlderDatabaseArePartitionedWithEveryReferenceKept() throws Exception {
        try (Connection live = dataSource.getConnection()) {
            live.setAutoCommit(true);
            live.createStatement().execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
            live.createStatement().execute("CREATE DATABASE " + DB + " TEMPLATE template0 ENCODING 'UTF8'");
            String url = live.getMetaData().getURL().replaceFirst("/fengqiao(\\?|$)", "/" + DB + "$1");
            try {
                upgrade(url);
            } finally {
                live.createStatement().execute("DROP DATABASE " + DB + " WITH (FORCE)");
            }
        }
    }

    private void upgrade(String url) throws Exception {
        migrate(url, "9.2");
        UUID place = UUID.randomUUID();
        UUID old = UUID.fromString("f1000000-0000-4000-8000-000000000001");
        LocalDate later = LocalDate.now(CHINA).withDayOfMonth(1).plusMonths(7);
        // a random id that happens to read as a time seven months ahead: it waits in the default partition
        UUID ahead = new UUID((later.atStartOfDay(CHINA).plusDays(3).toInstant().toEpochMilli() << 16) | 0x4abcL,
                0x8000_0000_0000_0002L);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Statement s = c.createStatement();
            s.execute("INSERT INTO jurisdiction (id, level, code, name, path) VALUES ('%s', 'DISTRICT', 'UPG', '升级区',"
                    .formatted(place) + " '/UPG/')");
            insertCase(s, old, "QY-20250101-0001", place, null);
            insertCase(s, ahead, "QY-20250101-0002", place, old);
            s.execute("""
                    INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, to_status)
                    VALUES ('%s', 1, now(), '报事人', 'RESIDENT', 'WEB', 'SUBMIT', 'SUBMITTED')""".formatted(old));
        }

        migrate(url, null);

        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(text(c, "SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'cases'::regclass"))
                    .isEqualTo("r");
            assertThat(text(c, "SELECT tableoid::regclass FROM cases WHERE id = '" + old + "'"))
                    .isEqualTo("cases_default");
            assertThat(text(c, "SELECT tableoid::regclass FROM cases WHERE id = '" + ahead + "'"))
                    .isEqualTo("cases_default");
            assertThat(text(c, "SELECT string_agg(number, ',' ORDER BY number) FROM case_key"))
                    .isEqualTo("QY-20250101-0001,QY-20250101-0002");
            assertThat(text(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = 'cases'::regclass"))
                    .as("nothing refers to the partitioned table").isEqualTo("0");
            assertThat(text(c, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
                    + " AND confrelid = 'case_key'::regclass AND conparentid = 0"))
                    .as("the 16 references to a case and the case's own key point at case_key").isEqualTo("17");
            assertThat(text(c, "SELECT count(*) FILTER (WHERE NOT indisvalid) || '/' || count(*) FROM pg_index"
                    + " WHERE indrelid = 'cases'::regclass")).as("invalid/all indexes of cases").isEqualTo("0/18");
            assertThat(text(c, "SELECT merged_into FROM cases WHERE id = '" + ahead + "'")).isEqualTo(old.toString());
            assertThat(text(c, "SELECT count(*) FROM case_history WHERE case_id = '" + old + "'")).isEqualTo("1");
            assertThat(text(c, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'case_key'"))
                    .as("the old table keeps only id and number").isEqualTo("2");

            Statement s = c.createStatement();
            assertThatThrownBy(() -> insertCase(s, UUID.randomUUID(), "QY-20250101-0001", null, null))
                    .isInstanceOf(SQLException.class).hasMessageContaining("case_key_number_key");
            s.execute("SELECT cases_month_partition('" + later + "')");
            assertThat(text(c, "SELECT tableoid::regclass FROM cases WHERE id = '" + ahead + "'"))
                    .as("moved into the month of its id when that month was created")
                    .isEqualTo("cases_" + later.toString().substring(0, 7).replace('-', '_'));
            assertThat(text(c, "SELECT count(*) FROM cases")).isEqualTo("2");
        }
    }

    private static void migrate(String url, String target) {
        var config = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration")
                .outOfOrder(true);
        (target == null ? config : config.target(target)).load().migrate();
    }

    /** A case row as pre-V9_3 code wrote it (place null: the district of the first case). */
    private static void insertCase(Statement s, UUID id, String number, UUID place, UUID mergedInto)
            throws SQLException {
        s.execute("""
                INSERT INTO cases (id, number, kind, title, description, category, channel, reporter_name,
                  reporter_phone, jurisdiction_id, jurisdiction_path, status, lookup_hash, created_at, updated_at,
                  merged_into, closure_kind)
                SELECT '%s', '%s', 'ENTERPRISE', '升级前的事项', '升级前受理', 'OTHER', 'PHONE', '张三', '13800000000',
                  %s, '/UPG/', %s, 'hash', now(), now(), %s, %s""".formatted(id, number,
                place == null ? "(SELECT id FROM jurisdiction WHERE code = 'UPG')" : "'" + place + "'",
                mergedInto == null ? "'SUBMITTED'" : "'CLOSED'", mergedInto == null ? "NULL" : "'" + mergedInto + "'",
                mergedInto == null ? "NULL" : "'MERGED'"));
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
