package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Scale-out on existing engines, for real: the operating system's PostgreSQL as primary with a streaming replica
 * made by {@code pg_basebackup -R}, two Fengqiao processes on the primary, both sending reporting reads to the
 * replica. Instance A tolerates an hour of replica lag, instance B three seconds, so that one pause of the
 * replica's replay shows both sides: A keeps answering from the replica (it misses a case the primary has), B
 * falls back to the primary with the notice on its dashboard. A stopped replica sends both back to the primary
 * with the "unreachable" notice while writes go on. Skipped only where PostgreSQL's server binaries are absent.
 */
class ScaleOutTests {

    private static final Pattern NUMBER = Pattern.compile("\"number\":\"([^\"]+)\"");
    private static final String LAGGING = "只读副本落后";
    private static final String DOWN = "只读副本不可用";
    private static final String ANY_NOTICE = "只读副本";

    /** How long both instances take intake while A's dashboard is read (bench/scaleout sets a minute). */
    private static final int LOAD_SECONDS = Integer.getInteger("scaleout.loadSeconds", 5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void writesGoToThePrimaryDashboardsReadTheReplicaAndALaggingOrDownReplicaFallsBackWithANotice() throws Exception {
        var bin = DebianPostgres.binaries();
        assumeTrue(bin.isPresent(), "scale-out test skipped: no PostgreSQL server binaries under /usr/lib/postgresql "
                + "(install Debian's postgresql package: apt-get install -y postgresql)");
        long t0 = System.nanoTime();
        Path work = Path.of("target", "reliability", "scaleout").toAbsolutePath();
        try (DebianPostgres pg = DebianPostgres.primaryWithReplica(bin.get());
                AppProcess a = AppProcess.onServer(work.resolve("a"), pg.primaryPort(), settings(pg, true, "PT1H"));
                AppProcess b = AppProcess.onServer(work.resolve("b"), pg.primaryPort(), settings(pg, false, "PT3S"))) {
            long servers = System.nanoTime();
            a.start();
            b.start();
            long started = System.nanoTime();
            Browser dashboardA = Browser.signedIn(a.base(), "dispatcher");
            Browser dashboardB = Browser.signedIn(b.base(), "dispatcher");
            await("both instances read the replica", Duration.ofSeconds(30),
                    () -> !page(dashboardA).contains(ANY_NOTICE) && !page(dashboardB).contains(ANY_NOTICE));

            String first = file(b, "scaleout-first");
            long filed;
            long replicated;
            long paused;
            long lagNoticed;
            try (Connection primary = pg.primary(); Connection replica = pg.replica()) {
                assertThat(count(primary, "SELECT count(*) FROM cases WHERE number = ?", first))
                        .as("a case filed on B is written to the primary").isEqualTo(1);
                filed = System.nanoTime();
                await("the case's dashboard row streams to the replica", Duration.ofSeconds(30),
                        () -> count(replica, "SELECT count(*) FROM insight_case WHERE number = ?", first) == 1);
                replicated = System.nanoTime();
                assertThat(lines(a)).as("A's drill-down, read on the replica, lists it").contains(first);
                assertThat(count(replica, """
                        SELECT count(*) FROM pg_stat_activity WHERE datname = 'fengqiao' AND pid <> pg_backend_pid()
                        AND backend_type = 'client backend' AND application_name <> 'fengqiao-reporting'""", null))
                        .as("only the reporting pools connect to the replica").isZero();
                assertThat(count(replica, """
                        SELECT count(*) FROM pg_stat_activity WHERE datname = 'fengqiao'
                        AND application_name = 'fengqiao-reporting'""", null))
                        .as("the reporting pools do").isPositive();
                underLoad(a, b, primary);

                pg.pauseReplay();
                String behind = file(a, "scaleout-behind");
                await("the new case's dashboard row on the primary", Duration.ofSeconds(30),
                        () -> count(primary, "SELECT count(*) FROM insight_case WHERE number = ?", behind) == 1);
                paused = System.nanoTime();
                await("B falls back to the primary with the lag notice", Duration.ofSeconds(20),
                        () -> page(dashboardB).contains(LAGGING));
                lagNoticed = System.nanoTime();
                String onB = lines(b);
                String onA = lines(a);
                assertThat(onB).as("B reads the primary").contains(behind);
                // the load before the pause filed more cases than one page holds, so compare totals, not pages;
                assertThat(onA).as("A, tolerating the lag, still reads the paused replica").doesNotContain(behind);
                // the rollups of the last load cases may also have been written after the pause: fewer, not exactly one
                assertThat(total(onA)).as("A sees the replica's older state, without the newest cases").isPositive()
                        .isLessThan(total(onB));
                assertThat(page(dashboardA)).doesNotContain(ANY_NOTICE);

                pg.resumeReplay();
                await("B back on the current replica", Duration.ofSeconds(20),
                        () -> !page(dashboardB).contains(ANY_NOTICE));
                await("A's replica catches up", Duration.ofSeconds(20), () -> lines(a).contains(behind));
            }

            pg.stopReplica();
            long stopped = System.nanoTime();
            await("both instances show the replica is down", Duration.ofSeconds(30),
                    () -> page(dashboardA).contains(DOWN) && page(dashboardB).contains(DOWN));
            long downNoticed = System.nanoTime();
            String afterwards = file(b, "scaleout-down");
            await("the drill-down answers from the primary", Duration.ofSeconds(30),
                    () -> lines(a).contains(afterwards));
            System.out.printf("scale-out: postgres=%s servers_s=%.1f instances_start_s=%.1f "
                    + "case_row_on_replica_s=%.2f lag_notice_after_pause_s=%.1f down_notice_after_stop_s=%.1f total_s=%.1f%n",
                    bin.get().getParent().getFileName(), secs(t0, servers), secs(servers, started),
                    secs(filed, replicated), secs(paused, lagNoticed), secs(stopped, downNoticed),
                    secs(t0, System.nanoTime()));
        }
    }

    /**
     * Intake on both instances (two clients each) while a third client reads A's district dashboard, which A
     * answers from the replica; prints throughput, dashboard latency and the replica's replay lag.
     */
    private void underLoad(AppProcess a, AppProcess b, Connection primary) throws Exception {
        Workload onA = new Workload(a.base(), "scaleout-a");
        Workload onB = new Workload(b.base(), "scaleout-b");
        List<Thread> clients = new ArrayList<>(onA.start(2));
        clients.addAll(onB.start(2));
        List<Long> millis = new ArrayList<>();
        double maxLag = 0;
        long until = System.nanoTime() + Duration.ofSeconds(LOAD_SECONDS).toNanos();
        while (System.nanoTime() < until) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(a.base()
                    + "/api/v1/insight/figures?j=D01")).header("Authorization", AppProcess.basic("dispatcher"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t) / 1_000_000);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            try (PreparedStatement s = primary.prepareStatement("""
                    SELECT coalesce(max(extract(epoch FROM replay_lag)), 0) FROM pg_stat_replication""");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                maxLag = Math.max(maxLag, rs.getDouble(1));
            }
        }
        onA.stop(clients);
        onB.stop(clients);
        assertThat(onA.unexpected.get() + onB.unexpected.get()).as(onA.unexpectedSamples + " "
                + onB.unexpectedSamples).isZero();
        assertThat(onA.filed).isNotEmpty();
        assertThat(onB.filed).isNotEmpty();
        millis.sort(null);
        System.out.printf("scale-out load: seconds=%d cases_via_a=%d cases_via_b=%d cases_per_s=%.1f "
                + "dashboard_reads_on_replica=%d p50_ms=%d p95_ms=%d max_replay_lag_s=%.3f%n", LOAD_SECONDS,
                onA.filed.size(), onB.filed.size(), (onA.filed.size() + onB.filed.size()) / (double) LOAD_SECONDS,
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)), maxLag);
    }

    private static Map<String, String> settings(DebianPostgres pg, boolean demoData, String maxLag) {
        return Map.of("FENGQIAO_DEMO_DATA", Boolean.toString(demoData), "SPRING_APPLICATION_JSON", """
                {"fengqiao":{"insight":{"replica":{"url":"%s","username":"postgres","max-lag":"%s",\
                "check-every":"PT1S"}}}}""".formatted(pg.replicaUrl(), maxLag));
    }

    private String file(AppProcess on, String title) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(on.base() + "/api/v1/cases"))
                .header("Authorization", AppProcess.basic("dispatcher")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Workload.newCase(title))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Matcher m = NUMBER.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private static long total(String drillDown) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(drillDown);
        assertThat(m.find()).as(drillDown).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Today's drill-down of C01's API-filed urban-construction cases, newest first, as the JSON body. */
    private String lines(AppProcess on) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(on.base()
                    + "/api/v1/insight/cases?j=C01&category=URBAN_CONSTRUCTION&channel=API&from=" + today + "&to="
                    + today)).header("Authorization", AppProcess.basic("dispatcher")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(Browser b) {
        try {
            HttpResponse<String> r = b.get("/insight");
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql, String arg) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (arg != null) {
                s.setString(1, arg);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
