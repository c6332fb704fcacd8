package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.notify.Notice;
import org.fengqiao.org.DutyRoster;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A follow-up's timer went off: the follow-up becomes due once and its unit hears of it ({@link FollowUpDue}). */
@Component
class FollowUpReminders {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    private final FollowUps followUps;
    private final DutyRoster roster;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    FollowUpReminders(FollowUps followUps, DutyRoster roster, MessageSource messages,
            ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.roster = roster;
        this.messages = messages;
        this.events = events;
    }

    /** False when the follow-up is gone, cancelled, done or already due (a repeated or stale run). */
    @Transactional
    boolean fire(UUID followUpId, Instant now) {
        if (!followUps.markDue(followUpId)) {
            return false;
        }
        FollowUp f = followUps.find(followUpId).orElseThrow();
        if (f.unitId() == null) {
            return true;
        }
        Set<UUID> persons = new HashSet<>();
        roster.onDuty(f.unitId(), LocalDate.ofInstant(now, ZONE)).ifPresent(d -> persons.add(d.personId()));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String title = messages.getMessage("casework.followup.notice.title", new Object[] {f.caseNumber(), f.round()},
                zh);
        String body = messages.getMessage("casework.followup.notice.body",
                new Object[] {f.caseNumber(), f.caseTitle(), f.round(), f.dueOn().toString()}, zh);
        events.publishEvent(new FollowUpDue(f.id(), f.ofCase() ? new CaseId(f.caseId()) : null, f.caseNumber(), f.round(), f.dueOn(),
                f.unitId(), new Notice(persons, Set.of(f.unitId()), title, body, "/casework/follow-ups?status=DUE",
                        false)));
        return true;
    }
}
