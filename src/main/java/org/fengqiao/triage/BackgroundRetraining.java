package org.fengqiao.triage;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.springframework.stereotype.Service;

/**
 * Retraining as a db-scheduler task: an admin's request is stored as a job and scheduled; whichever instance picks
 * the task up trains it ({@link RetrainRunner}), writing step and percentage to the job so that every instance's
 * page shows progress. If that instance dies, db-scheduler's dead-execution detection runs the task again.
 */
@Service
class BackgroundRetraining {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("triage-retrain", String.class);

    private final RetrainJobs jobs;
    private final SchedulerClient scheduler;

    BackgroundRetraining(RetrainJobs jobs, SchedulerClient scheduler) {
        this.jobs = jobs;
        this.scheduler = scheduler;
    }

    /** Queues a retrain; when one is already waiting or running, answers that one instead of starting another. */
    UUID request(Actor by) {
        if (by == null || !by.has(Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        return jobs.add(by.username()).map(id -> {
            scheduler.schedule(new TaskInstance<>(TASK.getTaskName(), id.toString(), id.toString()),
                    Instant.now());
            return id;
        }).orElseGet(() -> jobs.pending().map(RetrainJobs.Job::id).orElseThrow());
    }
}
