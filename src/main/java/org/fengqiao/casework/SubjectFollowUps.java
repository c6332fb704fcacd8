package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.Actor;
import org.fengqiao.org.WorkingCalendar;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.Masking;
import org.fengqiao.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups (回访) of disputes that are not cases — a community mediation's agreement, say — on the machinery of
 * cases: the policy of the subject's kind gives the offsets, each round gets its timer, appears on the unit's
 * follow-up list beside the case follow-ups (linked to the subject's page) and is recorded there with the same rules
 * (method, outcome, satisfaction, attempts that reach nobody). Recording publishes {@link SubjectFollowUpRecorded};
 * when every round of a close held, the close is settled (案结事了) and {@link SubjectSettled} is published. A
 * recurrence reopens nothing here: the owning module decides what it means for its subject.
 */
@Service
public class SubjectFollowUps {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);

    /**
     * What is followed up: a kind named by its module (e.g. {@code MEDIATION}), its id, number and title as people
     * know them, and the path of its page.
     */
    public record Subject(String kind, UUID id, String number, String title, String link) {

        public Subject {
            if (kind == null || kind.isBlank() || kind.length() > 32 || id == null || number == null
                    || number.length() > 64 || link == null || link.length() > 400) {
                throw new IllegalArgumentException("subject");
            }
            title = title == null ? "" : title.length() > 400 ? title.substring(0, 400) : title;
        }
    }

    /**
     * A subject's close: by which unit and where it is followed up, whom to call, and whether the close handed the
     * matter on (a referral) rather than settling it.
     */
    public record Closing(Subject subject, Category category, UUID unitId, String jurisdictionPath,
            String contactName, String contactPhone, Instant closedAt, boolean referral) {
    }

    /** What the person who called or visited reports; the same fields and rules as for a case's follow-up. */
    public record Report(Long version, String method, String outcome, Integer satisfaction, String note) {
    }

    /** One follow-up of a subject as its module shows it; the contact's phone masked for those who may not see it. */
    public record View(UUID id, Instant closedAt, int round, int offsetDays, LocalDate dueOn, String unitName,
            String status, String method, String outcome, Integer satisfaction, String note, String recordedBy,
            Instant recordedAt, int unreached, long version, String contactName, String contactPhone,
            Instant settledAt, boolean recordable) {

        public boolean open() {
            return "PLANNED".equals(status) || "DUE".equals(status);
        }
    }

    private final FollowUpPolicies policies;
    private final FollowUps followUps;
    private final FollowUpTimers timers;
    private final FollowUpRecording recording;
    private final WorkingCalendar calendar;

    SubjectFollowUps(FollowUpPolicies policies, FollowUps followUps, FollowUpTimers timers,
            FollowUpRecording recording, WorkingCalendar calendar) {
        this.policies = policies;
        this.followUps = followUps;
        this.timers = timers;
        this.recording = recording;
        this.calendar = calendar;
    }

    /**
     * Plans the rounds of a close in the caller's transaction, each with its timer; the number planned (0 when the
     * kind is not followed up, a referral its policy leaves alone, or planned before).
     */
    @Transactional
    public int plan(Closing c) {
        Optional<FollowUpPolicies.SubjectPolicy> policy = policies.forSubject(c.subject().kind())
                .filter(p -> !c.referral() || p.referrals());
        if (policy.isEmpty()) {
            return 0;
        }
        List<Integer> offsets = policy.get().offsets();
        List<LocalDate> due = policy.get().asPolicy().dueDates(LocalDate.ofInstant(c.closedAt(), ZONE),
                calendar::isWorkingDay);
        int planned = 0;
        for (int i = 0; i < due.size(); i++) {
            UUID id = UUID.randomUUID();
            if (followUps.plan(id, c, i + 1, offsets.get(i), due.get(i))) {
                timers.schedule(id, due.get(i), c.unitId());
                planned++;
            }
        }
        return planned;
    }

    /** The subject's follow-ups, close by close, as {@code viewer} may see them. */
    @Transactional(readOnly = true)
    public List<View> of(String kind, UUID subjectId, Actor viewer) {
        return followUps.ofSubject(kind, subjectId).stream().map(f -> view(f, viewer)).toList();
    }

    /**
     * Records one of the subject's follow-ups for {@code actor} under the rules of {@link FollowUpRecording}; a
     * follow-up of another subject is not found.
     */
    @Transactional
    public View record(String kind, UUID subjectId, UUID followUpId, Report report, Actor actor, Channel channel) {
        if (followUpId == null) {
            throw new InvalidInput("followUpId", "casework.error.required");
        }
        followUps.find(followUpId).filter(f -> !f.ofCase() && f.subject().kind().equals(kind)
                && f.subject().id().equals(subjectId)).orElseThrow(() -> new NotFound("followUp", followUpId));
        FollowUp f = recording.record(followUpId, new FollowUpRecording.Form(report.version(), report.method(),
                report.outcome(), report.satisfaction(), report.note()), actor, channel, Instant.now());
        return view(f, actor);
    }

    private View view(FollowUp f, Actor viewer) {
        Instant settled = followUps.settledAt(f.subject().kind(), f.subject().id(), f.closedAt()).orElse(null);
        return new View(f.id(), f.closedAt(), f.round(), f.offsetDays(), f.dueOn(), f.unitName(), f.status().name(),
                f.method() == null ? null : f.method().name(), f.outcome() == null ? null : f.outcome().name(),
                f.satisfaction(), f.note(), f.recordedBy(), f.recordedAt(), f.unreached(), f.version(),
                f.reporterName(), viewer.maySeePersonalData() ? f.reporterPhone() : Masking.phone(f.reporterPhone()),
                settled, f.status().open() && FollowUpRecording.mayRecord(viewer, f)
                        && !f.dueOn().isAfter(LocalDate.now(ZONE)));
    }
}
