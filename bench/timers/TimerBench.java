import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Deadline timers at scale, on a running Fengqiao (its db-scheduler does the work) and its database:
 * <ol>
 * <li>loads CASES open cases with live clocks (general urgency, assigned an hour ago, dues days ahead) and their six
 * alarm timers each (acknowledge, first response, resolve x yellow, red) in db-scheduler's table, plus DUE cases
 * whose urgent clocks ran out (assigned three hours ago) with their six timers parked in the far future;</li>
 * <li>idle: database work per minute while nothing is due (pg_stat_database deltas over IDLE seconds; the app's CPU),
 * beside one plain scan of the clock table for due clocks;</li>
 * <li>fire: moves the DUE cases' timers to now and measures until every one has fired (one deadline_alarm row each
 * and no execution left), beside the plain SQL that finds the same due clocks and writes their alarms set-based.</li>
 * </ol>
 * Usage: TimerBench JDBC_URL APP_PID CASES DUE IDLE_SECONDS
 */
public final class TimerBench {

    static final String PREFIX = "e1000000-0000-4000-8000-";
    static final String ID = "('" + PREFIX + "' || lpad(to_hex(%s), 12, '0'))::uuid";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long pid = Long.parseLong(args[1]);
        int cases = Integer.parseInt(args[2]);
        int due = Integer.parseInt(args[3]);
        int idle = Integer.parseInt(args[4]);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(true);
            load(c, cases, due);
            long timers = single(c, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-deadline'");
            System.out.printf("open cases with live clocks: %,d (+%,d due); deadline timers in db-scheduler: %,d%n",
                    cases, due, timers);

            // idle
            Thread.sleep(5000);
            Stats s0 = Stats.of(c);
            long cpu0 = cpuMillis(pid);
            Thread.sleep(idle * 1000L);
            long cpu1 = cpuMillis(pid);
            Stats idleDelta = Stats.of(c).minus(s0);
            double perMin = 60.0 / idle;
            Stats scan0 = Stats.of(c);
            long t = System.nanoTime();
            long found = single(c, DUE_SCAN);
            double scanMs = (System.nanoTime() - t) / 1e6;
            Stats scanDelta = Stats.of(c).minus(scan0);
            System.out.printf("idle per minute (%d s measured): commits=%.0f tuples_read=%.0f blocks=%.0f"
                    + " app_cpu_ms=%.0f%n", idle, idleDelta.commits * perMin, idleDelta.tuples * perMin,
                    idleDelta.blocks * perMin, (cpu1 - cpu0) * perMin);
            System.out.printf("baseline: one plain scan of case_clock for due clocks: %.1f ms, tuples_read=%d,"
                    + " blocks=%d (found %,d)%n", scanMs, scanDelta.tuples, scanDelta.blocks, found);
            System.out.printf("ratio idle tuples read per minute / one scan: %.3f%n",
                    idleDelta.tuples * perMin / Math.max(1, scanDelta.tuples));

            // fire
            long dueTimers = single(c, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-deadline'"
                    + " AND task_instance LIKE '" + PREFIX + "d%'");
            long alarms0 = single(c, "SELECT count(*) FROM deadline_alarm WHERE case_id::text LIKE '" + PREFIX + "d%'");
            long cpuF0 = cpuMillis(pid);
            Stats f0 = Stats.of(c);
            long start = System.nanoTime();
            c.createStatement().executeUpdate("UPDATE scheduled_tasks SET execution_time = now()"
                    + " WHERE task_name = 'casework-deadline' AND task_instance LIKE '" + PREFIX + "d%'");
            long left = dueTimers;
            long lastPrint = start;
            while (left > 0) {
                Thread.sleep(200);
                left = single(c, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'casework-deadline'"
                        + " AND task_instance LIKE '" + PREFIX + "d%'");
                if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  %,d of %,d timers left after %.0f s%n", left, dueTimers,
                            (lastPrint - start) / 1e9);
                }
            }
            double fireS = (System.nanoTime() - start) / 1e9;
            long fired = single(c, "SELECT count(*) FROM deadline_alarm WHERE case_id::text LIKE '" + PREFIX + "d%'")
                    - alarms0;
            Stats fireDelta = Stats.of(c).minus(f0);
            long cpuF = cpuMillis(pid) - cpuF0;
            System.out.printf("fire: %,d due timers found and fired in %.1f s (%.0f/s), alarms recorded=%,d,"
                    + " commits=%d, app_cpu_ms per timer=%.2f%n", dueTimers, fireS, dueTimers / fireS, fired,
                    fireDelta.commits, (double) cpuF / Math.max(1, dueTimers));

            t = System.nanoTime();
            long baselineRows;
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE bench_alarm (LIKE deadline_alarm INCLUDING DEFAULTS)");
                baselineRows = st.executeUpdate(SET_BASED_FIRE);
                st.execute("DROP TABLE bench_alarm");
            }
            double baselineMs = (System.nanoTime() - t) / 1e6;
            System.out.printf("baseline: plain SQL finding the same due clocks and writing their %,d alarms"
                    + " set-based: %.1f ms%n", baselineRows, baselineMs);
            System.out.printf("ratio fire time / plain SQL: %.0f%n", fireS * 1000 / Math.max(0.001, baselineMs));
        }
    }

    /** Due clocks by their stored dues: what a plain scan of the table finds. */
    static final String DUE_SCAN = """
            SELECT count(*) FROM case_clock WHERE stopped_at IS NULL AND paused_since IS NULL
              AND ((acknowledged_at IS NULL AND ack_due <= now()) OR (responded_at IS NULL AND reply_due <= now())
                   OR (resolved_at IS NULL AND resolve_due <= now()))""";

    static final String SET_BASED_FIRE = """
            INSERT INTO bench_alarm (case_id, phase, threshold, started_at, due_at, fired_at)
            SELECT k.case_id, p.phase, t.threshold, k.assigned_at, p.due, now()
            FROM case_clock k
            CROSS JOIN LATERAL (VALUES ('ACKNOWLEDGE', k.ack_due, k.acknowledged_at),
                                       ('FIRST_REPLY', k.reply_due, k.responded_at),
                                       ('RESOLVE', k.resolve_due, k.resolved_at)) AS p (phase, due, done)
            CROSS JOIN (VALUES ('YELLOW'), ('RED')) AS t (threshold)
            WHERE k.stopped_at IS NULL AND k.paused_since IS NULL AND p.done IS NULL AND p.due <= now()""";

    record Stats(long commits, long tuples, long blocks) {

        static Stats of(Connection c) throws Exception {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT xact_commit + xact_rollback, tup_returned + tup_fetched, blks_hit + blks_read
                    FROM pg_stat_database WHERE datname = current_database()""")) {
                rs.next();
                c.createStatement().execute("SELECT pg_stat_clear_snapshot()");
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }

        Stats minus(Stats o) {
            return new Stats(commits - o.commits, tuples - o.tuples, blocks - o.blocks);
        }
    }

    /** User + system CPU of the application process, in ms. */
    static long cpuMillis(long pid) throws Exception {
        String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    static void load(Connection c, int cases, int due) throws Exception {
        if (single(c, "SELECT count(*) FROM cases WHERE id::text LIKE '" + PREFIX + "%'") > 0) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM scheduled_tasks WHERE task_instance LIKE '" + PREFIX + "%'");
                s.execute("DELETE FROM case_key WHERE id::text LIKE '" + PREFIX + "%'");
            }
        }
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            String place = "SELECT id, path FROM jurisdiction WHERE code = 'C01'";
            String unit = "(SELECT id FROM unit WHERE code = 'U03')";
            // open cases: ids PREFIX + hex(i); due cases: PREFIX + 'd' + hex(i)
            insertCases(s, place, unit, cases, "", "GENERAL", "1 hour");
            insertCases(s, place, unit, due, "d", "URGENT", "3 hours");
            s.execute("ANALYZE cases; ANALYZE case_clock; ANALYZE case_history");
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
                SELECT 'casework-deadline', k.case_id || '/' || ph || '/' || th, NULL,
                       CASE WHEN k.case_id::text LIKE ? THEN now() + interval '3650 days'
                            ELSE now() + interval '1 day' + (random() * interval '6 days') END, false, 1
                FROM case_clock k, unnest(ARRAY['ACKNOWLEDGE', 'FIRST_REPLY', 'RESOLVE']) ph,
                     unnest(ARRAY['YELLOW', 'RED']) th
                WHERE k.case_id::text LIKE ?""")) {
            p.setString(1, PREFIX + "d%");
            p.setString(2, PREFIX + "%");
            p.executeUpdate();
        }
        c.createStatement().execute("ANALYZE scheduled_tasks");
        System.out.printf("loaded in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    private static void insertCases(Statement s, String place, String unit, int n, String tag, String urgency,
            String ago) throws Exception {
        if (n == 0) {
            return;
        }
        String id = "('" + PREFIX + tag + "' || lpad(to_hex(i), " + (12 - tag.length()) + ", '0'))::uuid";
        s.execute("""
                INSERT INTO cases (id, number, kind, title, description, category, channel, reporter_name,
                  reporter_phone, jurisdiction_id, jurisdiction_path, status, lead_unit_id, first_unit_id,
                  lookup_hash, created_at, updated_at, due_at)
                SELECT %s, 'TB%s-' || lpad(i::text, 9, '0'), 'ENTERPRISE', '计时器压测事项 ' || i, '压测用的在办事项',
                  'BUSINESS_OPERATIONS', 'PHONE', '压测', '13800000000', j.id, j.path, 'ASSIGNED', %s, %s,
                  md5(i::text), now() - interval '%s', now() - interval '%s', now() + interval '7 days'
                FROM generate_series(1, %d) i, (%s) j""".formatted(id, tag, unit, unit, ago, ago, n, place));
        s.execute("""
                INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, from_status, to_status)
                SELECT %s, x.seq, now() - interval '%s', '指挥室', 'DISPATCHER', 'WORKBENCH', x.action, x.f, x.t
                FROM generate_series(1, %d) i,
                     (VALUES (0, 'SUBMIT', NULL, 'SUBMITTED'), (1, 'ACCEPT', 'SUBMITTED', 'ACCEPTED'),
                             (2, 'ASSIGN', 'ACCEPTED', 'ASSIGNED')) x (seq, action, f, t)""".formatted(id, ago, n));
        String general = "interval '1 day'";
        String urgentAck = "interval '30 minutes'";
        s.execute("""
                INSERT INTO case_clock (case_id, urgency, unit_id, submitted_at, accepted_at, assigned_at, ack_due,
                  reply_due, resolve_due, accept_due)
                SELECT %s, '%s', %s, now() - interval '%s', now() - interval '%s', now() - interval '%s',
                  now() - interval '%s' + %s, now() - interval '%s' + %s, now() - interval '%s' + %s,
                  now() - interval '%s' + interval '15 minutes'
                FROM generate_series(1, %d) i""".formatted(id, urgency, unit, ago, ago, ago,
                ago, urgency.equals("URGENT") ? urgentAck : general,
                ago, urgency.equals("URGENT") ? "interval '1 hour'" : "interval '3 days'",
                ago, urgency.equals("URGENT") ? "interval '2 hours'" : "interval '7 days'", ago, n));
    }

    static long single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
