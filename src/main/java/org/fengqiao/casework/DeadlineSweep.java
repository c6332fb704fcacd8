package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the due deadline alarms that db-scheduler has not picked yet, many per transaction. A batch is first claimed
 * the way db-scheduler picks an execution (marked picked by this sweep, version raised, in a short transaction of its
 * own, {@code SKIP LOCKED} so that other instances' sweeps pass it by): from then on db-scheduler leaves those
 * executions alone and a re-plan of the clock treats them as running. Then one transaction locks the batch's cases
 * and then their clocks, in case order, fires each alarm through {@link DeadlineAlarms#fire} and deletes the executions. A failed batch
 * hands its executions back at once; a crash leaves them picked with a stale heartbeat, and db-scheduler revives them
 * as dead executions. An alarm that fires twice anyway finds its {@code deadline_alarm} row and stays silent.
 */
@Component
class DeadlineSweep {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadlineSweep.class);

    private final DeadlineAlarms alarms;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DeadlineTimerSettings settings;

    DeadlineSweep(DeadlineAlarms alarms, JdbcClient jdbc, TransactionTemplate tx, DeadlineTimerSettings settings) {
        this.alarms = alarms;
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
    }

    /** Fires due alarms batch by batch until a batch comes back short; returns how many executions it handled. */
    int sweep(Instant now) {
        String by = "sweep-" + UUID.randomUUID().toString().substring(0, 13);
        int handled = 0;
        List<String> batch;
        do {
            batch = claim(by, now);
            if (batch.isEmpty()) {
                break;
            }
            List<String> ids = batch;
            try {
                tx.executeWithoutResult(s -> fire(ids, by, now));
            } catch (RuntimeException e) {
                // a lock lost to a person acting on one of the cases: the executions go back to db-scheduler
                release(ids, by);
                log.info("Deadline alarm batch rolled back ({}); its {} timers fire one by one", e.toString(),
                        ids.size());
                break;
            }
            handled += batch.size();
        } while (batch.size() == settings.batch());
        if (handled > 0) {
            log.info("Deadline sweep handled {} due alarm timers", handled);
        }
        return handled;
    }

    private List<String> claim(String by, Instant now) {
        return tx.execute(s -> jdbc.sql("""
                UPDATE scheduled_tasks SET picked = true, picked_by = :by, last_heartbeat = now(), version = version + 1
                WHERE task_name = :task AND task_instance IN (
                  SELECT task_instance FROM scheduled_tasks
                  WHERE task_name = :task AND NOT picked AND execution_time <= :now
                  ORDER BY task_instance LIMIT :n FOR UPDATE SKIP LOCKED)
                RETURNING task_instance""")
                .param("by", by).param("task", DeadlineTimers.TASK.getTaskName()).param("now", Cases.ts(now))
                .param("n", settings.batch()).query(String.class).list());
    }

    private void fire(List<String> ids, String by, Instant now) {
        List<UUID> cases = ids.stream().map(id -> UUID.fromString(id.substring(0, id.indexOf('/')))).distinct()
                .sorted().toList();
        // cases before their clocks, as a person's action takes them (DeadlineAlarms.fire does the same per alarm)
        jdbc.sql("SELECT id FROM cases WHERE id IN (:ids) ORDER BY id FOR NO KEY UPDATE")
                .param("ids", cases).query(UUID.class).list();
        jdbc.sql("SELECT case_id FROM case_clock WHERE case_id IN (:ids) ORDER BY case_id FOR UPDATE")
                .param("ids", cases).query(UUID.class).list();
        for (String id : ids) {
            alarms.fire(id, now);
        }
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance IN (:ids) AND picked_by = :by")
                .param("task", DeadlineTimers.TASK.getTaskName()).param("ids", ids).param("by", by).update();
    }

    private void release(List<String> ids, String by) {
        tx.executeWithoutResult(s -> jdbc.sql("""
                UPDATE scheduled_tasks SET picked = false, picked_by = NULL, last_heartbeat = NULL,
                  version = version + 1
                WHERE task_name = :task AND task_instance IN (:ids) AND picked_by = :by""")
                .param("task", DeadlineTimers.TASK.getTaskName()).param("ids", ids).param("by", by).update());
    }
}
