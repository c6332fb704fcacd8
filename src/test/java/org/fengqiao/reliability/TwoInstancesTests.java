package org.fengqiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two Fengqiao processes on one database: intake spread over both gives unique numbers and no lost case, each
 * db-scheduler execution (an SMS delivery) runs on exactly one of them, and a browser session started on one
 * continues on the other.
 */
class TwoInstancesTests {

    private static final int DELIVERIES = Integer.getInteger("reliability.deliveries", 40);
    private static final int LOAD_MILLIS = Integer.getInteger("reliability.twoInstanceMillis", 5000);

    @Test
    void intakeTimersAndSessionsSpreadOverTwoInstancesWithEachTimerFiringOnce() throws Exception {
        Path work = Path.of("target", "reliability", "two").toAbsolutePath();
        try (AppProcess a = AppProcess.fresh(work.resolve("a"))) {
            a.start();
            try (AppProcess b = AppProcess.sharing(work.resolve("b"), a)) {
                b.start();
                Workload onA = new Workload(a.base(), "two-a");
                Workload onB = new Workload(b.base(), "two-b");
                List<Thread> clients = new java.util.ArrayList<>(onA.start(2));
                clients.addAll(onB.start(2));
                try (Connection db = a.database()) {
                    PendingDeliveries.schedule(db, "two", DELIVERIES, Instant.now());
                    Thread.sleep(LOAD_MILLIS);
                    onA.stop(clients);
                    onB.stop(clients);
                    assertThat(onA.unexpected.get() + onB.unexpected.get()).isZero();
                    long until = System.currentTimeMillis() + 120_000;
                    while (PendingDeliveries.count(db, "two-", "PENDING") > 0 && System.currentTimeMillis() < until) {
                        Thread.sleep(500);
                    }
                    assertThat(PendingDeliveries.count(db, "two-", "SENT")).isEqualTo(DELIVERIES);
                    long sentByA = smsLines(a.log());
                    long sentByB = smsLines(b.log());
                    int cases = CrashSafetyTests.count(db, "SELECT count(*) FROM cases WHERE title LIKE 'two-%'");
                    int numbers = CrashSafetyTests.count(db,
                            "SELECT count(DISTINCT number) FROM cases WHERE title LIKE 'two-%'");
                    System.out.printf("two instances: cases_via_a=%d cases_via_b=%d stored=%d distinct_numbers=%d "
                            + "timers=%d fired_on_a=%d fired_on_b=%d%n", onA.filed.size(), onB.filed.size(), cases,
                            numbers, DELIVERIES, sentByA, sentByB);
                    assertThat(sentByA + sentByB).as("every timer fires exactly once").isEqualTo(DELIVERIES);
                    assertThat(cases).isEqualTo(onA.filed.size() + onB.filed.size()).isEqualTo(numbers);
                    assertThat(onA.filed).isNotEmpty();
                    assertThat(onB.filed).isNotEmpty();
                    sessionStartedOnOneInstanceContinuesOnTheOther(a, b, db);
                    lockoutCountsFailuresOnEitherInstance(a, b, db);
                }
            }
        }
    }

    /**
     * A person signs in on A (one audited sign-in) and the load balancer moves them to B: B knows the session,
     * accepts the CSRF token A put on the page and still refuses a form without it; signing out on B ends the
     * session on A too, because both read it from the database.
     */
    private static void sessionStartedOnOneInstanceContinuesOnTheOther(AppProcess a, AppProcess b, Connection db)
            throws Exception {
        String signIns = "SELECT count(*) FROM audit_entry WHERE action = 'sign-in' AND actor = 'head'";
        int signedInBefore = CrashSafetyTests.count(db, signIns);
        Browser onA = Browser.signedIn(a.base(), "head");
        Browser onB = onA.at(b.base());
        HttpResponse<String> home = onB.get("/home");
        assertThat(home.statusCode()).as("B continues the session A started").isEqualTo(200);
        assertThat(home.body()).contains("/logout");
        assertThat(CrashSafetyTests.count(db, "SELECT count(*) FROM spring_session WHERE principal_name = 'head'"))
                .isEqualTo(1);
        String token = Browser.csrfToken(onA.get("/home").body());
        assertThat(onB.postWithoutToken("/logout", "").statusCode()).as("B refuses a form without the token")
                .isEqualTo(403);
        assertThat(onA.get("/home").statusCode()).isEqualTo(200);
        HttpResponse<String> out = onB.send(HttpRequest.newBuilder(URI.create(b.base() + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(out.statusCode()).as("B accepts the CSRF token issued by A").isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        HttpResponse<String> afterwards = onA.get("/home");
        assertThat(afterwards.statusCode()).as("signed out on B is signed out on A").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(CrashSafetyTests.count(db, "SELECT count(*) FROM spring_session WHERE principal_name = 'head'"))
                .isZero();
        assertThat(CrashSafetyTests.count(db, signIns)).as("one audited sign-in").isEqualTo(signedInBefore + 1);
        System.out.println("two instances: session signed in on A, used and signed out on B, refused on A afterwards");
    }

    /**
     * Password guessing spread over both instances still locks the account: failures are counted in the database,
     * not per process, and a locked account is refused on the other instance even with the right password.
     */
    private static void lockoutCountsFailuresOnEitherInstance(AppProcess a, AppProcess b, Connection db)
            throws Exception {
        int maxFailures = 5; // fengqiao.sign-in.max-failures, default
        for (int i = 0; i < maxFailures; i++) {
            Browser guesser = Browser.anonymous(i % 2 == 0 ? a.base() : b.base());
            assertThat(guesser.signIn("auditor", "guess-" + i)).isFalse();
        }
        assertThat(CrashSafetyTests.count(db,
                "SELECT count(*) FROM person WHERE username = 'auditor' AND locked_until > now()"))
                .as("five failures, alternating A and B, lock the account").isEqualTo(1);
        assertThat(Browser.anonymous(b.base()).signIn("auditor", "fengqiao-demo"))
                .as("locked on B after guesses on A and B").isFalse();
        assertThat(Browser.anonymous(a.base()).signIn("auditor", "fengqiao-demo"))
                .as("locked on A too").isFalse();
        assertThat(CrashSafetyTests.count(db,
                "SELECT count(*) FROM audit_entry WHERE action = 'sign-in.failed' AND actor = 'auditor'"))
                .as("every refused attempt is audited").isEqualTo(maxFailures + 2);
        assertThat(CrashSafetyTests.count(db, """
                SELECT count(*) FROM audit_entry WHERE action = 'sign-in.failed' AND actor = 'auditor'
                AND detail = 'locked'""")).as("the two right passwords were refused as locked").isEqualTo(2);
        System.out.printf("two instances: %d failed sign-ins alternating A/B locked the account on both%n",
                maxFailures);
    }

    private static long smsLines(Path log) throws Exception {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("SMS to 100****")).count();
        }
    }
}
