import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Latency of the dashboards, the drill-down list and the case list/search of a running Fengqiao (over HTTP, as
 * the dispatcher of district D01, so the figures include the application's own SQL, JSON and security), beside
 * naive queries on the raw case table in the same run. Usage: InsightBench BASE_URL JDBC_URL [ROUNDS]
 */
public final class InsightBench {

    private static final String[] CATEGORIES = {"URBAN_CONSTRUCTION", "ENVIRONMENT", "TRANSPORT",
        "EDUCATION_CULTURE_SPORTS", "LABOUR_SOCIAL_SECURITY", "COMMERCE_TOURISM", "HEALTH_FAMILY_PLANNING",
        "BUSINESS_OPERATIONS", "PUBLIC_SAFETY", "OTHER"};
    private static final int[] SPANS = {7, 30, 90, 365};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String auth = "Basic " + Base64.getEncoder()
            .encodeToString("dispatcher:fengqiao-demo".getBytes(StandardCharsets.UTF_8));
    private final Random random = new Random(7);
    private LocalDate first;
    private LocalDate last;

    private InsightBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        InsightBench b = new InsightBench(args[0]);
        try (Connection c = DriverManager.getConnection(args[1], "postgres", "")) {
            b.run(c, rounds);
        }
    }

    private void run(Connection c, int rounds) throws Exception {
        long cases;
        long history;
        long rollup;
        try (Statement s = c.createStatement()) {
            cases = one(s, "SELECT count(*) FROM cases");
            history = one(s, "SELECT count(*) FROM case_history");
            rollup = one(s, "SELECT count(*) FROM insight_daily");
            ResultSet rs = s.executeQuery("SELECT min(day), max(day) FROM insight_case");
            rs.next();
            first = rs.getObject(1, LocalDate.class);
            last = rs.getObject(2, LocalDate.class);
        }
        List<String> numbers = new ArrayList<>();
        List<String> ids = new ArrayList<>(); // of cases the dispatcher of D01 may open
        // a sample of pages at millions of cases; a small database may have too few pages to sample
        for (String sample : new String[] {"SELECT number, id, jurisdiction_path FROM cases TABLESAMPLE SYSTEM (0.1)"
                + " LIMIT 500", "SELECT number, id, jurisdiction_path FROM cases ORDER BY random() LIMIT 500"}) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sample)) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                    if (rs.getString(3).startsWith("/D01/")) {
                        ids.add(rs.getString(2));
                    }
                }
            }
            if (!numbers.isEmpty()) {
                break;
            }
        }
        System.out.printf("data: %,d cases, %,d history rows, %,d rollup rows, days %s..%s%n", cases, history,
                rollup, first, last);
        System.out.printf("periods: random start, length one of %s days; %d rounds per query (naive: %d)%n",
                Arrays.toString(SPANS), rounds, Math.max(5, rounds / 20));
        System.out.printf("%-44s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "max ms");
        int naive = Math.max(5, rounds / 20);
        bearer();
        warm(c);
        report("HTTP floor: GET /api/v1/me (no query)", time(rounds, i -> get("/api/v1/me")));

        report("dashboard district D01 (rollup, HTTP)", time(rounds, i -> get(
                "/api/v1/insight/figures?j=D01&" + period())));
        report("  baseline: same figures from cases (SQL)", sql(c, naive, """
                SELECT split_part(jurisdiction_path, '/', 3), category, channel, status, closure_kind, count(*),
                       count(satisfied), count(*) FILTER (WHERE satisfied), sum(score),
                       count(*) FILTER (WHERE replied_at <= due_at)
                FROM cases WHERE jurisdiction_path LIKE '/D01/%' AND created_at >= ?::date AND created_at < ?::date + 1
                GROUP BY 1, 2, 3, 4, 5"""));
        report("  baseline: SELECT count(*) over period", sql(c, naive, """
                SELECT count(*) FROM cases WHERE created_at >= ?::date AND created_at < ?::date + 1"""));
        report("dashboard D01, lead unit U03 (unit rollup, HTTP)", time(rounds, i -> get(
                "/api/v1/insight/figures?j=D01&u=U03&" + period())));
        report("  baseline: same figures from cases (SQL)", sql(c, naive, """
                SELECT split_part(jurisdiction_path, '/', 3), category, channel, status, closure_kind, count(*)
                FROM cases WHERE jurisdiction_path LIKE '/D01/%' AND created_at >= ?::date AND created_at < ?::date + 1
                  AND lead_unit_id = (SELECT id FROM unit WHERE code = 'U03')
                GROUP BY 1, 2, 3, 4, 5"""));
        report("dashboard town T01 (rollup, HTTP)", time(rounds, i -> get(
                "/api/v1/insight/figures?j=T01&" + period())));
        report("  baseline: same figures from cases (SQL)", sql(c, naive, """
                SELECT split_part(jurisdiction_path, '/', 4), category, channel, status, closure_kind, count(*)
                FROM cases WHERE jurisdiction_path LIKE '/D01/T01/%' AND created_at >= ?::date
                AND created_at < ?::date + 1 GROUP BY 1, 2, 3, 4, 5"""));
        report("drill-down list D01 category+status (HTTP)", time(rounds, i -> get(
                "/api/v1/insight/cases?j=D01&" + period() + "&category=" + category() + "&status=CLOSED&page="
                        + random.nextInt(4))));
        report("  baseline: count + page from cases (SQL)", naiveList(c, naive,
                "jurisdiction_path LIKE '/D01/%' AND category = '%CATEGORY%' AND status = 'CLOSED'", true));
        report("drill-down list D01 one category (HTTP)", time(rounds, i -> get(
                "/api/v1/insight/cases?j=D01&" + period() + "&category=" + category() + "&page="
                        + random.nextInt(4))));
        report("  baseline: count + page from cases (SQL)", naiveList(c, naive,
                "jurisdiction_path LIKE '/D01/%' AND category = '%CATEGORY%'", true));
        report("drill-down list T01 open cases (HTTP)", time(rounds, i -> get(
                "/api/v1/insight/cases?j=T01&" + period() + "&open=true&page=" + random.nextInt(4))));
        report("  baseline: count + page from cases (SQL)", naiveList(c, naive,
                "jurisdiction_path LIKE '/D01/T01/%' AND status NOT IN ('REJECTED', 'CLOSED', 'CANCELLED')", true));
        report("case list status+category (HTTP)", time(rounds, i -> get(
                "/api/v1/cases?status=IN_PROGRESS&category=" + category() + "&page=" + random.nextInt(4))));
        report("  baseline: count + page from cases (SQL)", naiveList(c, naive,
                "jurisdiction_path LIKE '/D01/%' AND status = 'IN_PROGRESS' AND category = '%CATEGORY%'", false));
        report("case list, all cases newest first (HTTP)", time(rounds, i -> get(
                "/api/v1/cases?page=" + random.nextInt(4))));
        report("one case by id, with its history (HTTP)", time(rounds, i -> get(
                "/api/v1/cases/" + ids.get(random.nextInt(ids.size())))));
        report("search by case number (HTTP)", time(rounds, i -> get(
                "/api/v1/cases?q=" + enc(numbers.get(random.nextInt(numbers.size()))))));
        report("search by firm name (HTTP)", time(rounds, i -> get(
                "/api/v1/cases?q=" + enc(firm()))));
        report("  baseline: same search, sequential scan (SQL)", seqScan(c, naive));
        report("search by common phrase 消防通道 (HTTP)", time(Math.max(5, rounds / 10), i -> get(
                "/api/v1/cases?q=" + enc("消防通道"))));
    }

    /** A bearer token, as machine clients use: HTTP Basic would add a BCrypt check to every request. */
    private void bearer() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens?name=bench-"
                + System.currentTimeMillis())).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        auth = "Bearer " + m.group(1);
    }

    private void warm(Connection c) throws Exception {
        for (int i = 0; i < 20; i++) {
            get("/api/v1/insight/figures?j=D01&" + period());
            get("/api/v1/cases?q=" + enc(firm()));
        }
    }

    private String period() {
        int span = SPANS[random.nextInt(SPANS.length)];
        long room = Math.max(0, last.toEpochDay() - first.toEpochDay() - span);
        LocalDate from = first.plusDays(room == 0 ? 0 : random.nextLong(room));
        return "from=" + from + "&to=" + from.plusDays(span - 1);
    }

    private String category() {
        return CATEGORIES[random.nextInt(CATEGORIES.length)];
    }

    private String firm() {
        int i = random.nextInt(50000);
        String[] names = {"华联", "永辉", "绿源", "金桥", "东湖", "西岭", "枫溪", "恒达", "鑫源", "宏图"};
        return names[i % 10] + i + "号";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long[] seqScan(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET enable_bitmapscan = off");
            s.execute("SET enable_indexscan = off");
        }
        try {
            return time(n, i -> {
                try (PreparedStatement p = c.prepareStatement("""
                        SELECT count(*) FROM cases WHERE title ILIKE ? OR description ILIKE ? OR number ILIKE ?
                        OR enterprise_name ILIKE ?""")) {
                    String like = "%" + firm() + "%";
                    for (int k = 1; k <= 4; k++) {
                        p.setString(k, like);
                    }
                    p.executeQuery().close();
                }
            });
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("RESET enable_bitmapscan");
                s.execute("RESET enable_indexscan");
            }
        }
    }

    /**
     * What a list without rollups, caps or list indexes does: an exact count and the page, newest first, on the raw
     * case table ({@code %CATEGORY%} replaced by a random category; {@code inPeriod}: within a random period).
     */
    private long[] naiveList(Connection c, int n, String where, boolean inPeriod) throws Exception {
        return time(n, i -> {
            String[] p = period().replace("from=", "").replace("to=", "").split("&");
            String filter = where.replace("%CATEGORY%", category())
                    + (inPeriod ? " AND created_at >= '" + p[0] + "'::date AND created_at < '" + p[1]
                            + "'::date + 1" : "");
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM cases WHERE " + filter).close();
                s.executeQuery("SELECT * FROM cases WHERE " + filter + " ORDER BY created_at DESC, number DESC"
                        + " LIMIT 50 OFFSET " + 50 * random.nextInt(4)).close();
            }
        });
    }

    private long[] sql(Connection c, int n, String query) throws Exception {
        return time(n, i -> {
            String[] p = period().replace("from=", "").replace("to=", "").split("&");
            try (PreparedStatement ps = c.prepareStatement(query)) {
                ps.setString(1, p[0]);
                ps.setString(2, p[1]);
                ps.executeQuery().close();
            }
        });
    }

    private void get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    private static long[] time(int n, Call call) throws Exception {
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run(i);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String name, long[] sorted) {
        System.out.printf("%-44s %9d %9d %9d%n", name, pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1]);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
