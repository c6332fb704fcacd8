package org.fengqiao.casework;

import java.time.Instant;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Keeps the proposal timer in step with the case, in the transaction of the change: set when the top rung's whistle
 * blows or the case is reopened on it, removed when the case is resolved, closed or cancelled.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationProposalKeeping {

    private final ConsultationProposals proposals;

    ConsultationProposalKeeping(ConsultationProposals proposals) {
        this.proposals = proposals;
    }

    /** The db-scheduler task behind every proposal timer; its instance id is the case's id. */
    @Bean
    static Task<String> caseworkConsultationProposalTask(ConsultationProposals proposals) {
        return Tasks.oneTime(ConsultationProposals.TASK).execute((instance, context) -> proposals.fire(
                UUID.fromString(instance.getId()), Instant.now()));
    }

    @EventListener
    void on(CaseEvent event) {
        UUID id = event.caseId().value();
        if (event instanceof CaseEscalated || event instanceof CaseReopened) {
            proposals.plan(id);
        } else if (event instanceof CaseResolved || event instanceof CaseClosed || event instanceof CaseCancelled) {
            proposals.stopped(id);
        }
    }
}
