package org.fengqiao.triage;

import java.util.UUID;

import org.fengqiao.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The body of the {@code triage-retrain} task: trains, reporting progress, and records the candidate or the failure. */
@Component
class RetrainRunner {

    private static final Logger log = LoggerFactory.getLogger(RetrainRunner.class);

    private final RetrainJobs jobs;
    private final Retraining retraining;

    RetrainRunner(RetrainJobs jobs, Retraining retraining) {
        this.jobs = jobs;
        this.retraining = retraining;
    }

    void run(String jobId) {
        UUID id = UUID.fromString(jobId);
        RetrainJobs.Job job = jobs.find(id).orElse(null);
        if (job == null || !job.pending()) {
            return;
        }
        jobs.started(id);
        try {
            int version = retraining.retrain(job.requestedBy(), (step, percent) -> jobs.progress(id, step, percent));
            jobs.done(id, version);
            log.info("Retrain job {} made candidate model version {}", id, version);
        } catch (DomainException e) {
            jobs.failed(id, e.messageKey(), e.args());
        } catch (RuntimeException e) {
            log.warn("Retrain job {} failed", id, e);
            jobs.failed(id, "triage.retrain.failed");
        }
    }
}
