package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.PersonPrincipal;
import org.fengqiao.org.Role;
import org.fengqiao.org.Units;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Inspection's db-scheduler jobs on the real database: the weekly routine demands run once per week and the overdue
 * rectification orders are escalated once each, even when two instances start the job at the same moment.
 */
@SpringBootTest
class InspectionJobsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;
    @Autowired
    People people;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    WeeklyRoutineJob routineJob;
    @Autowired
    OverdueOrders overdue;
    @Autowired
    CheckForms forms;
    @Autowired
    InspectionRecording recording;
    @Autowired
    Rectification rectification;

    Actor actor(String username) {
        return ((PersonPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    @Test
    void theWeeklyRoutineRunMakesDemandsOncePerWeekWhenTwoInstancesStartIt() throws Exception {
        LocalDate monday = LocalDate.now().plusYears(7).with(DayOfWeek.MONDAY);
        List<java.util.Optional<RoutineScheduling.Outcome>> runs = together(() -> routineJob.run(monday),
                () -> routineJob.run(monday.plusDays(2)));
        assertThat(runs).filteredOn(java.util.Optional::isPresent).hasSize(1);
        RoutineScheduling.Outcome made = runs.stream().flatMap(java.util.Optional::stream).findFirst().orElseThrow();
        int stored = jdbc.sql("SELECT count(*) FROM inspection_demand WHERE created_by = ? AND kind = 'ROUTINE' "
                + "AND earliest >= ?").params(WeeklyRoutineJob.BY, monday).query(Integer.class).single();
        assertThat(stored).isEqualTo(made.created() + made.droppedExempt());
        assertThat(routineJob.run(monday.plusDays(6))).as("same ISO week").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_demand WHERE created_by = ? AND earliest >= ?")
                .params(WeeklyRoutineJob.BY, monday).query(Integer.class).single()).isEqualTo(stored);
        assertThat(jdbc.sql("SELECT outcome FROM inspection_job_run WHERE job = ? AND period LIKE ?")
                .params(WeeklyRoutineJob.JOB, monday.getYear() + "-W%").query(String.class).list())
                .singleElement().asString().startsWith("created=" + made.created());
        // the next week is a new run
        assertThat(routineJob.run(monday.plusWeeks(1))).isPresent();
        // the recurring task is registered once for the cluster, next on a Monday at 02:00 Beijing time
        List<java.sql.Timestamp> next = jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ?")
                .param(InspectionJobs.ROUTINE_TASK).query(java.sql.Timestamp.class).list();
        assertThat(next).hasSize(1);
        ZonedDateTime at = next.get(0).toInstant().atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(at.getHour()).isEqualTo(2);
    }

    @Test
    void anOverdueRectificationOrderIsEscalatedOnceToTheHeadsAndTheDutySupervisorAndShownOnTheOrder()
            throws Exception {
        UUID market = units.findByCode("U03").orElseThrow().id();
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/%' ORDER BY id LIMIT 1")
                .query(UUID.class).single();
        InspectionRecord r = recording.start(actor("handler"), firm, null, null,
                List.of(forms.findByCode("FOOD").orElseThrow().id()));
        UUID finding = recording.addFinding(actor("handler"), r.id(), r.version(), null, "MAJOR", "消防通道堵塞", null);
        LocalDate deadline = LocalDate.now().plusDays(10);
        RectificationOrder order = rectification.issue(actor("handler"), r.id(), r.version() + 1, finding,
                "清理消防通道", deadline);
        // the scheduler's own runs use today's date, before this deadline: only the calls below see it overdue
        overdue.escalate(deadline);
        assertThat(escalations(order.id())).as("not overdue on its deadline day").isZero();
        LocalDate after = deadline.plusDays(1);
        List<Integer> counts = together(() -> overdue.escalate(after), () -> overdue.escalate(after));
        assertThat(escalations(order.id())).isEqualTo(1);
        overdue.escalate(after.plusDays(3));
        assertThat(escalations(order.id())).as("never twice").isEqualTo(1);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);

        String notified = jdbc.sql("SELECT notified FROM rectification_overdue WHERE order_id = ?").param(order.id())
                .query(String.class).single();
        UUID head = people.findByUsername("head").orElseThrow().id();
        assertThat(notified).contains(head.toString());
        people.ofUnit(market).stream().filter(p -> p.roles().contains(Role.HEAD))
                .forEach(p -> assertThat(notified).contains(p.id().toString()));
        // one notice published for the order (each listener of the registry holds one publication of it)
        List<Map<String, Object>> publications = jdbc.sql("""
                SELECT listener_id, count(*) AS n FROM (
                    SELECT listener_id, serialized_event, event_type FROM event_publication
                    UNION ALL SELECT listener_id, serialized_event, event_type FROM event_publication_archive) p
                WHERE event_type LIKE '%RectificationOverdue' AND serialized_event LIKE ?
                GROUP BY listener_id""").param("%" + order.id() + "%").query().listOfRows();
        assertThat(publications).isNotEmpty().allSatisfy(p -> assertThat(((Number) p.get("n")).intValue()).isOne());
        assertThat(overdue.escalatedAt(List.of(order.id()))).containsKey(order.id());
        assertThat(jdbc.sql("SELECT note FROM case_history WHERE case_id = ? AND action = 'ESCALATE' "
                + "AND channel = 'SYSTEM'").param(order.caseId()).query(String.class).list())
                .as("one note on the order's case").singleElement().asString()
                .contains("整改期限 " + deadline, "区市场监督管理局", "已通报");
        jdbc.sql("UPDATE rectification_order SET status = 'CLOSED' WHERE id = ?").param(order.id()).update();
    }

    private int escalations(UUID orderId) {
        return jdbc.sql("SELECT count(*) FROM rectification_overdue WHERE order_id = ?").param(orderId)
                .query(Integer.class).single();
    }

    /** Runs both at the same moment on two threads, as two instances would. */
    @SafeVarargs
    private static <T> List<T> together(Callable<T>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
