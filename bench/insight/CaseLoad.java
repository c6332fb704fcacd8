import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Loads N synthetic cases with their history into a Fengqiao database with set-based SQL (generate_series), in
 * chunks of one transaction each: cases, case_history (1–8 steps by final status), the insight fact rows and the
 * daily rollup, and the per-day number counters so that the application keeps numbering after them. Cases spread
 * over the communities and grids of the database and over the last {@code days} days; additive (a second run adds
 * more). Usage: CaseLoad JDBC_URL CASES [DAYS] | CaseLoad JDBC_URL count
 */
public final class CaseLoad {

    private static final int CHUNK = 250_000;
    /**
     * Generated cases have time-ordered ids as the application gives (UUID version 7, the first 48 bits the
     * millisecond of intake, V9_3) with the case's serial in the last 12 hex digits; loads made before V9_3 used
     * random-looking ids {@code f0000000-0000-4000-8000-<serial>}, which stay in the default partition.
     */
    private static final String GENERATED_WHERE = "(substr(id::text, 15, 9) = '7000-8000'"
            + " OR id BETWEEN 'f0000000-0000-4000-8000-000000000000' AND 'f0000000-0000-4000-8000-ffffffffffff')";
    private static final String GENERATED = "SELECT count(*) FROM cases WHERE " + GENERATED_WHERE;
    /** Case {@code i}'s intake time: its own slot of the period, so that ids grow with i and chunks are id ranges. */
    private static final String AT = "date_trunc('day', now()) - make_interval(days => ?)"
            + " + make_interval(secs => (%s - ?) * ?)";
    private static final String FLOOR = "case_id_floor(" + AT + ")";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if ("count".equals(args[1])) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                System.out.println(single(c, GENERATED));
            }
            return;
        }
        long n = Long.parseLong(args[1]);
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 1095;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            long t0 = System.nanoTime();
            long done = load(c, n, days);
            System.out.printf("loaded %,d cases (%,d history rows) in %.1f s%n", n, done,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    static long load(Connection c, long n, int days) throws Exception {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit = off");
            // generated rows are consistent by construction: no foreign-key check or trigger per row (the history
            // alone is 7-8 rows per case); touched_at stays empty, as the load writes the insight facts itself
            s.execute("SET session_replication_role = replica");
            s.execute("SET work_mem = '256MB'");
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("""
                    CREATE TEMP TABLE gen_place AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS idx, id, path
                    FROM jurisdiction WHERE level IN ('COMMUNITY', 'GRID')""");
            s.execute("""
                    CREATE TEMP TABLE gen_unit AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS idx, id
                    FROM unit WHERE active""");
            s.execute("""
                    CREATE TEMP TABLE gen_step (final varchar(16), seq int, action varchar(16), from_s varchar(16),
                        to_s varchar(16), role varchar(16), actor varchar(100))""");
            String[][] ladder = {{"SUBMIT", null, "SUBMITTED", "RESIDENT", "报事人"},
                {"ACCEPT", "SUBMITTED", "ACCEPTED", "DISPATCHER", "指挥室"},
                {"ASSIGN", "ACCEPTED", "ASSIGNED", "DISPATCHER", "指挥室"},
                {"ACKNOWLEDGE", "ASSIGNED", "ACKNOWLEDGED", "HANDLER", "承办人"},
                {"PROGRESS", "ACKNOWLEDGED", "IN_PROGRESS", "HANDLER", "承办人"},
                {"RESOLVE", "IN_PROGRESS", "RESOLVED", "HANDLER", "承办人"},
                {"REPLY", "RESOLVED", "REPLIED", "HANDLER", "承办人"},
                {"CLOSE", "REPLIED", "CLOSED", "RESIDENT", "报事人"}};
            String[] finals = {"SUBMITTED", "ACCEPTED", "ASSIGNED", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED",
                "REPLIED", "CLOSED"};
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gen_step VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int f = 0; f < finals.length; f++) {
                    for (int i = 0; i <= f; i++) {
                        step(p, finals[f], i + 1, ladder[i]);
                    }
                }
                step(p, "REJECTED", 1, ladder[0]);
                step(p, "REJECTED", 2, new String[] {"REJECT", "SUBMITTED", "REJECTED", "DISPATCHER", "指挥室"});
                step(p, "CANCELLED", 1, ladder[0]);
                step(p, "CANCELLED", 2, new String[] {"CANCEL", "SUBMITTED", "CANCELLED", "RESIDENT", "报事人"});
                p.executeBatch();
            }
        }
        long places = single(c, "SELECT count(*) FROM gen_place");
        long units = single(c, "SELECT count(*) FROM gen_unit");
        if (places == 0 || units == 0) {
            throw new IllegalStateException("no communities/grids or units: start Fengqiao once with demo data first");
        }
        long first = single(c, "SELECT coalesce(max(('x' || right(id::text, 12))::bit(48)::bigint), 0) FROM cases"
                + " WHERE " + GENERATED_WHERE) + 1;
        double step = days * 86400.0 / n;
        try (Statement s = c.createStatement()) {
            // the months of the period get their partitions before the rows arrive (else all would wait in the
            // default partitions and move there one month at a time)
            s.execute("""
                    SELECT cases_month_partition(m::date), case_history_month_partition(m::date)
                    FROM generate_series(date_trunc('month', now() - make_interval(days => %d + 1)), now(),
                                         interval '1 month') m""".formatted(days));
        }
        long history = 0;
        dropIndexes(c);
        c.setAutoCommit(false);
        for (long lo = first; lo < first + n; lo += CHUNK) {
            long hi = Math.min(first + n - 1, lo + CHUNK - 1);
            long t = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement(CASES)) {
                p.setInt(1, days);
                p.setLong(2, first);
                p.setDouble(3, step);
                p.setDouble(4, step * 0.9);
                p.setLong(5, places);
                p.setLong(6, units);
                p.setLong(7, lo);
                p.setLong(8, hi);
                p.executeUpdate();
            }
            Range r = new Range(days, first, step, lo, hi);
            range(c, KEYS, r);
            history += range(c, HISTORY, r);
            range(c, FACTS, r);
            range(c, ROLLUP, r);
            range(c, TALLY, r);
            range(c, UNIT_TALLY, r);
            range(c, COUNTERS, r);
            c.commit();
            System.out.printf("  cases %,d..%,d in %.1f s%n", lo, hi, (System.nanoTime() - t) / 1e9);
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // and the application's own numbering continues above every generated serial
            s.execute("""
                    SELECT setval('case_number_qy', greatest((SELECT last_value FROM case_number_qy),
                               (SELECT max(last_value) FROM case_number_counter))),
                           setval('case_number_ms', greatest((SELECT last_value FROM case_number_ms),
                               (SELECT max(last_value) FROM case_number_counter)))""");
        }
        restoreIndexes(c);
        try (Statement s = c.createStatement()) {
            // the load wrote the insight facts itself: without a watermark insight's first catch-up would compare
            // every case with its fact row (minutes at millions of cases), in the middle of the measurements
            s.execute("""
                    INSERT INTO insight_watermark (name, at) VALUES ('catch-up', now())
                    ON CONFLICT (name) DO UPDATE SET at = greatest(insight_watermark.at, excluded.at)""");
        }
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {"cases", "case_history", "insight_case", "insight_daily",
                "insight_tally", "insight_unit_tally"}) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        return history;
    }

    /**
     * Bulk-load practice: secondary indexes are dropped before the load and built once after it (much faster than
     * maintaining them row by row). Their definitions are kept in a table first, so an interrupted load gets them
     * back at the end of the next run.
     */
    private static void dropIndexes(Connection c) throws Exception {
        if (single(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_dropped_index'") > 0) {
            return; // an interrupted load: its indexes are still dropped, and built once at the end of this one
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_dropped_index (name text PRIMARY KEY, def text NOT NULL)");
            s.execute("""
                    INSERT INTO bench_dropped_index SELECT indexname, indexdef FROM pg_indexes
                    WHERE schemaname = 'public' AND tablename IN ('cases', 'case_history', 'insight_case')
                    AND indexname NOT IN (SELECT conname FROM pg_constraint)""");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM bench_dropped_index")) {
                while (rs.next()) {
                    s.execute("DROP INDEX " + rs.getString(1));
                }
            }
        }
    }

    private static void restoreIndexes(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            if (single(c, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_dropped_index'") == 0) {
                return;
            }
            s.execute("SET maintenance_work_mem = '512MB'");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name, def FROM bench_dropped_index")) {
                while (rs.next()) {
                    long t = System.nanoTime();
                    // a partitioned table's index is listed "ON ONLY" the parent; built here on every partition
                    s.execute(rs.getString(2).replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
                            .replace(" ON ONLY ", " ON "));
                    System.out.printf("  index %s in %.1f s%n", rs.getString(1), (System.nanoTime() - t) / 1e9);
                }
            }
            s.execute("DROP TABLE bench_dropped_index");
        }
    }

    private static void step(PreparedStatement p, String fin, int seq, String[] s) throws Exception {
        p.setString(1, fin);
        p.setInt(2, seq);
        for (int i = 0; i < 5; i++) {
            p.setString(3 + i, s[i]);
        }
        p.addBatch();
    }

    /** The ids of cases lo..hi: from the floor of lo's time slot to the floor of the slot after hi's. */
    private record Range(int days, long first, double step, long lo, long hi) {
    }

    private static long range(Connection c, String sql, Range r) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int k = 1;
            for (long bound : new long[] {r.lo(), r.hi() + 1}) {
                p.setInt(k++, r.days());
                p.setLong(k++, bound);
                p.setLong(k++, r.first());
                p.setDouble(k++, r.step());
            }
            return p.executeUpdate();
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Recent cases are more often still open; older ones are mostly closed, a few rejected or cancelled. */
    private static final String CASES = """
            WITH b AS (
              SELECT i, date_trunc('day', now()) - make_interval(days => ?)
                        + make_interval(secs => (i - ?) * ? + random() * ?) AS at,
                     random() AS r, floor(random() * ?)::int AS pl, floor(random() * ?)::int AS un,
                     floor(random() * 10)::int AS cat, random() AS ch, random() AS k, random() AS q
              FROM generate_series(?::bigint, ?::bigint) i
            ), s AS (
              SELECT b.*, (b.at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                CASE WHEN b.at > now() - interval '14 days' THEN
                  CASE WHEN r < 0.35 THEN 'CLOSED' WHEN r < 0.42 THEN 'REPLIED' WHEN r < 0.55 THEN 'IN_PROGRESS'
                       WHEN r < 0.70 THEN 'ASSIGNED' WHEN r < 0.82 THEN 'ACKNOWLEDGED' WHEN r < 0.92 THEN 'SUBMITTED'
                       WHEN r < 0.96 THEN 'ACCEPTED' ELSE 'REJECTED' END
                ELSE
                  CASE WHEN r < 0.955 THEN 'CLOSED' WHEN r < 0.97 THEN 'REJECTED' WHEN r < 0.98 THEN 'CANCELLED'
                       WHEN r < 0.99 THEN 'REPLIED' WHEN r < 0.995 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END
                END AS status,
                (ARRAY['URBAN_CONSTRUCTION','ENVIRONMENT','TRANSPORT','EDUCATION_CULTURE_SPORTS',
                  'LABOUR_SOCIAL_SECURITY','COMMERCE_TOURISM','HEALTH_FAMILY_PLANNING','BUSINESS_OPERATIONS',
                  'PUBLIC_SAFETY','OTHER'])[cat + 1] AS category,
                CASE WHEN ch < 0.35 THEN 'WEB_FORM' WHEN ch < 0.60 THEN 'PHONE' WHEN ch < 0.85 THEN 'FIELD_VISIT'
                     WHEN ch < 0.95 THEN 'API' ELSE 'OPEN311' END AS channel,
                CASE WHEN k < 0.45 THEN 'QY' ELSE 'MS' END AS prefix,
                (ARRAY['华联','永辉','绿源','金桥','东湖','西岭','枫溪','恒达','鑫源','宏图'])[1 + i % 10]
                  || (i % 50000) || '号' || (ARRAY['餐馆','超市','工厂','物流','药店'])[1 + (i / 7) % 5] AS firm,
                (ARRAY['噪音扰民','道路破损','占道经营','垃圾清运不及时','油烟污染','拖欠工资','停车难',
                  '路灯不亮','消防通道堵塞','装修扰民','污水外排','违规施工'])[1 + (i / 3) % 12] AS topic
              FROM b
            ), n AS (
              SELECT s.*, p.id AS jid, p.path, u.id AS uid,
                greatest(coalesce(ctr.last_value, 0), q.serial)
                  + row_number() OVER (PARTITION BY s.day, s.prefix ORDER BY s.i) AS seqno
              FROM s JOIN gen_place p ON p.idx = s.pl JOIN gen_unit u ON u.idx = s.un
              LEFT JOIN case_number_counter ctr ON ctr.prefix = s.prefix AND ctr.day = s.day
              -- the application numbers cases from one sequence per kind (V3_11), not per day: start above it
              CROSS JOIN (SELECT greatest((SELECT last_value FROM case_number_qy),
                  (SELECT last_value FROM case_number_ms)) AS serial) q
            )
            INSERT INTO cases (id, number, kind, title, description, category, channel, reporter_name,
              reporter_phone, enterprise_name, address, lat, lon, jurisdiction_id, jurisdiction_path, status,
              lead_unit_id, first_unit_id, return_count, ruled, closure_kind, satisfied, score, resolution, reply,
              due_at, replied_at, lookup_hash, created_at, updated_at, version)
            SELECT (left(replace(case_id_floor(at)::text, '-', ''), 12) || '70008000' || lpad(to_hex(i), 12, '0'))::uuid,
              prefix || '-' || to_char(day, 'YYYYMMDD') || '-'
                || CASE WHEN seqno < 10000 THEN lpad(seqno::text, 4, '0') ELSE seqno::text END,
              CASE prefix WHEN 'QY' THEN 'ENTERPRISE' ELSE 'RESIDENT' END,
              topic || '（' || firm || '）',
              '反映' || firm || '附近' || topic || '问题，已持续多日，请相关部门尽快处理。',
              category, channel, '居民' || (i % 997), '138' || lpad((i % 100000000)::text, 8, '0'),
              CASE WHEN prefix = 'QY' THEN firm END, '枫溪区' || (i % 300) || '号',
              29.58 + (pl % 10) * 0.01 + q * 0.01, 120.80 + (pl / 10) * 0.01 + r * 0.01,
              jid, path, status,
              CASE WHEN status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'CANCELLED') THEN NULL ELSE uid END,
              CASE WHEN status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'CANCELLED') THEN NULL ELSE uid END,
              0, false,
              CASE WHEN status = 'CLOSED' THEN CASE WHEN q < 0.90 THEN 'CONFIRMED' WHEN q < 0.97 THEN 'NO_VERDICT'
                   ELSE 'BY_DISPATCHER' END END,
              CASE WHEN status = 'CLOSED' AND q < 0.90 THEN true WHEN status = 'CLOSED' AND q >= 0.97 THEN false END,
              CASE WHEN status = 'CLOSED' AND q < 0.90 THEN 4 + (i % 2) WHEN status = 'CLOSED' AND q >= 0.97 THEN 2
              END,
              CASE WHEN status IN ('RESOLVED', 'REPLIED', 'CLOSED') THEN '已现场处置。' END,
              CASE WHEN status IN ('REPLIED', 'CLOSED') THEN '您反映的问题已处理，感谢监督。' END,
              CASE WHEN status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'CANCELLED') THEN NULL
                   ELSE at + interval '7 days' END,
              CASE WHEN status IN ('REPLIED', 'CLOSED') THEN at + make_interval(hours => 6 + floor(q * 190)::int) END,
              md5(i::text), at, at + interval '2 days', 1
            FROM n""";

    /** Each case's key row (V9_3): with triggers off for the load, the key trigger does not write it. */
    private static final String KEYS = """
            INSERT INTO case_key (id, number) SELECT id, number FROM cases WHERE id >= %s AND id < %s"""
            .formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private static final String HISTORY = """
            INSERT INTO case_history (case_id, seq, at, actor_name, role, channel, action, from_status, to_status)
            SELECT c.id, g.seq, c.created_at + (g.seq - 1) * interval '5 hours', g.actor, g.role,
                   CASE WHEN g.seq = 1 THEN c.channel ELSE 'WORKBENCH' END, g.action, g.from_s, g.to_s
            FROM cases c JOIN gen_step g ON g.final = c.status
            WHERE c.id >= %s AND c.id < %s""".formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private static final String FACTS = """
            INSERT INTO insight_case
            SELECT id, number, (created_at AT TIME ZONE 'Asia/Shanghai')::date, jurisdiction_path, category, channel,
                   status, closure_kind, satisfied, score, due_at, replied_at, lat, lon, lead_unit_id
            FROM cases WHERE id >= %s AND id < %s
            ON CONFLICT (case_id) DO NOTHING""".formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private static final String ROLLUP = """
            INSERT INTO insight_daily
            SELECT jurisdiction_path, day, category, channel, status, coalesce(closure_kind, ''), count(*),
                   count(satisfied), count(*) FILTER (WHERE satisfied), coalesce(sum(score), 0),
                   count(*) FILTER (WHERE replied_at IS NOT NULL AND due_at IS NOT NULL),
                   count(*) FILTER (WHERE replied_at IS NOT NULL AND due_at IS NOT NULL AND replied_at <= due_at)
            FROM insight_case WHERE case_id >= %s AND case_id < %s GROUP BY 1, 2, 3, 4, 5, 6
            ON CONFLICT (jurisdiction_path, day, category, channel, status, closure_kind) DO UPDATE SET
              cases = insight_daily.cases + excluded.cases, verdicts = insight_daily.verdicts + excluded.verdicts,
              satisfied = insight_daily.satisfied + excluded.satisfied,
              score_sum = insight_daily.score_sum + excluded.score_sum,
              replied = insight_daily.replied + excluded.replied,
              replied_on_time = insight_daily.replied_on_time + excluded.replied_on_time"""
            .formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private static final String TALLY = """
            INSERT INTO insight_tally
            SELECT g.grain, f.jurisdiction_path,
                   CASE g.grain WHEN 'D' THEN f.day ELSE date_trunc('month', f.day)::date END, d.dim, d.value,
                   count(*), count(f.satisfied), count(*) FILTER (WHERE f.satisfied), coalesce(sum(f.score), 0),
                   count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL),
                   count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL AND f.replied_at <= f.due_at)
            FROM insight_case f CROSS JOIN (VALUES ('D'), ('M')) g (grain)
            CROSS JOIN LATERAL (VALUES ('all', ''), ('channel', f.channel), ('category', f.category),
                ('status', f.status), ('closure', CASE WHEN f.status = 'CLOSED' THEN f.closure_kind ELSE '' END))
                d (dim, value)
            WHERE f.case_id >= %s AND case_id < %s AND (d.dim <> 'closure' OR d.value <> '')
            GROUP BY 1, 2, 3, 4, 5
            ON CONFLICT (grain, jurisdiction_path, day, dim, value) DO UPDATE SET
              cases = insight_tally.cases + excluded.cases, verdicts = insight_tally.verdicts + excluded.verdicts,
              satisfied = insight_tally.satisfied + excluded.satisfied,
              score_sum = insight_tally.score_sum + excluded.score_sum,
              replied = insight_tally.replied + excluded.replied,
              replied_on_time = insight_tally.replied_on_time + excluded.replied_on_time"""
            .formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    /** The same margins per lead unit (R__insight_unit_tally.sql). */
    private static final String UNIT_TALLY = """
            INSERT INTO insight_unit_tally
            SELECT g.grain, f.lead_unit_id, f.jurisdiction_path,
                   CASE g.grain WHEN 'D' THEN f.day ELSE date_trunc('month', f.day)::date END, d.dim, d.value,
                   count(*), count(f.satisfied), count(*) FILTER (WHERE f.satisfied), coalesce(sum(f.score), 0),
                   count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL),
                   count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL AND f.replied_at <= f.due_at)
            FROM insight_case f CROSS JOIN (VALUES ('D'), ('M')) g (grain)
            CROSS JOIN LATERAL (VALUES ('all', ''), ('channel', f.channel), ('category', f.category),
                ('status', f.status),
                ('closure', CASE WHEN f.status = 'CLOSED' THEN coalesce(f.closure_kind, '') ELSE '' END))
                d (dim, value)
            WHERE f.case_id >= %s AND case_id < %s AND f.lead_unit_id IS NOT NULL AND (d.dim <> 'closure' OR d.value <> '')
            GROUP BY 1, 2, 3, 4, 5, 6
            ON CONFLICT (grain, unit_id, day, jurisdiction_path, dim, value) DO UPDATE SET
              cases = insight_unit_tally.cases + excluded.cases,
              verdicts = insight_unit_tally.verdicts + excluded.verdicts,
              satisfied = insight_unit_tally.satisfied + excluded.satisfied,
              score_sum = insight_unit_tally.score_sum + excluded.score_sum,
              replied = insight_unit_tally.replied + excluded.replied,
              replied_on_time = insight_unit_tally.replied_on_time + excluded.replied_on_time"""
            .formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private static final String COUNTERS = """
            INSERT INTO case_number_counter (prefix, day, last_value)
            SELECT split_part(number, '-', 1), to_date(split_part(number, '-', 2), 'YYYYMMDD'),
                   max(split_part(number, '-', 3)::int)
            FROM cases WHERE id >= %s AND id < %s GROUP BY 1, 2
            ON CONFLICT (prefix, day) DO UPDATE SET last_value = greatest(case_number_counter.last_value,
                   excluded.last_value)""".formatted(FLOOR.formatted("?::bigint"), FLOOR.formatted("?::bigint"));

    private CaseLoad() {
    }
}
