package org.fengqiao.community;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fengqiao.casework.Channel;
import org.fengqiao.casework.SubjectFollowUpRecorded;
import org.fengqiao.casework.SubjectFollowUps;
import org.fengqiao.casework.SubjectSettled;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A mediation's follow-ups (回访) on casework's machinery, the same as a case's: planned when it ends (agreement,
 * or referral when the policy of kind {@value #KIND} wants it), listed for the unit that follows the community up —
 * the community's office, otherwise the police station whose area holds it — and recorded there or on the
 * mediation's page. What casework reports back (each recording, 案结事了) is kept here for the mediators' figures.
 */
@Component
class MediationFollowUps {

    static final String KIND = "MEDIATION";

    private final SubjectFollowUps followUps;
    private final Units units;
    private final MessageSource messages;
    private final Mediations mediations;

    MediationFollowUps(SubjectFollowUps followUps, Units units, MessageSource messages, Mediations mediations) {
        this.followUps = followUps;
        this.units = units;
        this.messages = messages;
        this.mediations = mediations;
    }

    /** Plans the follow-ups of a mediation that ended at {@code at}, in the caller's transaction. */
    int plan(Mediation m, Instant at) {
        Mediation.Party contact = m.parties().stream().filter(p -> p.side() == Mediation.Side.APPLICANT).findFirst()
                .orElse(m.parties().get(0));
        String title = messages.getMessage("community.mediation.followUpTitle", new Object[] {m.summary()},
                Locale.SIMPLIFIED_CHINESE);
        return followUps.plan(new SubjectFollowUps.Closing(new SubjectFollowUps.Subject(KIND, m.id(), m.number(), title,
                "/community/mediations/" + m.id()), m.type().category, unitFor(m.communityPath()), m.communityPath(),
                contact.name(), contact.phone(), at, m.status() == Mediation.Status.REFERRED));
    }

    List<SubjectFollowUps.View> of(UUID mediationId, Actor viewer) {
        return followUps.of(KIND, mediationId, viewer);
    }

    SubjectFollowUps.View record(UUID mediationId, UUID followUpId, SubjectFollowUps.Report report, Actor actor,
            Channel channel) {
        return followUps.record(KIND, mediationId, followUpId, report, actor, channel);
    }

    /** The community's office if it has one, otherwise the police station of the smallest area holding it. */
    UUID unitFor(String communityPath) {
        List<Unit> active = units.active();
        return active.stream().filter(u -> u.kind() == UnitKind.COMMUNITY_OFFICE)
                .filter(u -> communityPath.equals(u.jurisdictionPath())).findFirst()
                .or(() -> active.stream().filter(u -> u.kind() == UnitKind.POLICE_STATION)
                        .filter(u -> u.jurisdictionPath() != null && communityPath.startsWith(u.jurisdictionPath()))
                        .max(Comparator.comparingInt((Unit u) -> u.jurisdictionPath().length())
                                .thenComparing(Unit::code, Comparator.reverseOrder())))
                .map(Unit::id).orElse(null);
    }

    /** Casework recorded a follow-up of a mediation. */
    @ApplicationModuleListener
    void on(SubjectFollowUpRecorded e) {
        if (KIND.equals(e.subjectKind())) {
            mediations.noteFollowUp(e);
        }
    }

    /** Every follow-up of a mediation's close held: 案结事了. */
    @ApplicationModuleListener
    void on(SubjectSettled e) {
        if (KIND.equals(e.subjectKind())) {
            mediations.noteSettled(e.subjectId(), e.at());
        }
    }
}
