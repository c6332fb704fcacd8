package org.fengqiao.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.WorkingCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the follow-ups of a dispute when it closes and cancels the open ones when it is reopened, in the
 * transaction of the close or reopen: a close is never committed without its follow-ups, and a second delivery of
 * the same close plans nothing twice. Merged cases get none (they follow the case they were merged into).
 */
@Component
class FollowUpPlanning {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private final FollowUpPolicies policies;
    private final FollowUps followUps;
    private final FollowUpTimers timers;
    private final Cases cases;
    private final WorkingCalendar calendar;

    FollowUpPlanning(FollowUpPolicies policies, FollowUps followUps, FollowUpTimers timers, Cases cases,
            WorkingCalendar calendar) {
        this.policies = policies;
        this.followUps = followUps;
        this.timers = timers;
        this.cases = cases;
        this.calendar = calendar;
    }

    @EventListener
    void on(CaseEvent event) {
        if (event instanceof CaseClosed closed && closed.closureKind() != ClosureKind.MERGED) {
            cases.find(closed.caseId()).ifPresent(c -> plan(c, closed));
        } else if (event instanceof CaseReopened) {
            timers.cancel(followUps.cancelOpen(event.caseId().value()));
        }
    }

    /** Plans the rounds of one close; the number planned (0 when not a dispute or planned before). */
    int plan(Case c, CaseClosed closed) {
        return policies.forCategory(c.draft().category()).map(policy -> {
            List<LocalDate> due = policy.dueDates(LocalDate.ofInstant(closed.at(), ZONE), calendar::isWorkingDay);
            UUID unit = c.leadUnitId() != null ? c.leadUnitId() : c.firstUnitId();
            int planned = 0;
            for (int i = 0; i < due.size(); i++) {
                UUID id = UUID.randomUUID();
                if (followUps.plan(id, c.id().value(), closed.at(), i + 1, policy.offsets().get(i), due.get(i), unit,
                        c.draft().jurisdictionPath(), c.draft().category())) {
                    timers.schedule(id, due.get(i), unit);
                    planned++;
                }
            }
            return planned;
        }).orElse(0);
    }
}
