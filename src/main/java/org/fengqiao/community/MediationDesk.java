package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.casework.Channel;
import org.fengqiao.casework.SubjectFollowUps;
import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediators' desk: opens a dispute with its parties and mediators, records sessions, closes it with an agreement
 * written from the community's template or with a referral, and has the ended ones followed up on casework's
 * follow-up machinery until "案结事了" ({@link MediationFollowUps}).
 */
@Service
class MediationDesk {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A dispute as typed in: parties as "name phone" per line for each side, mediators separated by commas. */
    record Intake(String type, String summary, String applicants, String respondents, String mediators) {
    }

    private final Mediations mediations;
    private final CommunityAccess access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final MediationFollowUps followUps;

    MediationDesk(Mediations mediations, CommunityAccess access, MessageSource messages,
            ApplicationEventPublisher events, MediationFollowUps followUps) {
        this.followUps = followUps;
        this.mediations = mediations;
        this.access = access;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    Mediation open(String communityCode, Intake in, Actor actor) {
        Community c = access.manage(communityCode, actor);
        Mediation.Type type = Texts.choice(Mediation.Type.class, in.type(), "type");
        String summary = Texts.required(in.summary(), "summary", 2000);
        List<Mediation.Party> parties = new ArrayList<>(parties(in.applicants(), Mediation.Side.APPLICANT,
                "applicants"));
        parties.addAll(parties(in.respondents(), Mediation.Side.RESPONDENT, "respondents"));
        List<String> mediators = mediators(in.mediators());
        Instant now = Instant.now();
        Mediation m = new Mediation(UUID.randomUUID(), mediations.nextNumber(now), c.code(), c.path(), type, summary,
                mediators, List.copyOf(parties), Mediation.Status.OPEN, null, null, null, null, actor.username(), now,
                0);
        mediations.add(m);
        events.publishEvent(new CommunityChanged(actor.username(), "mediation.open", "mediation", m.id().toString(),
                m.number()));
        return m;
    }

    @Transactional
    void session(UUID id, String note, Actor actor) {
        Mediation m = manage(id, null, actor);
        m.requireOpen();
        mediations.addSession(id, Instant.now(), Texts.required(note, "note", 2000), actor.username());
        events.publishEvent(new CommunityChanged(actor.username(), "mediation.session", "mediation", id.toString(),
                m.number()));
    }

    @Transactional
    Mediation agree(UUID id, String terms, Long version, Actor actor) {
        Mediation m = manage(id, version, actor);
        String t = Texts.required(terms, "terms", 4000);
        Mediation agreed = m.agreed(t, agreement(m, t));
        Instant now = Instant.now();
        save(agreed, now, "mediation.agree", actor);
        followUps.plan(agreed, now);
        return mediations.find(id).orElseThrow();
    }

    @Transactional
    Mediation refer(UUID id, String to, String reason, Long version, Actor actor) {
        Mediation m = manage(id, version, actor);
        Mediation.Referral r = Texts.choice(Mediation.Referral.class, to, "referredTo");
        Mediation referred = m.referred(r, Texts.required(reason, "reason", 1000));
        Instant now = Instant.now();
        save(referred, now, "mediation.refer", actor);
        followUps.plan(referred, now);
        return mediations.find(id).orElseThrow();
    }

    /**
     * Records a follow-up of the mediation through casework's follow-up rules (method, outcome, satisfaction, attempts
     * that reach nobody); {@code holding} stands for the outcome when none is given (true: HELD, false: RECURRED).
     */
    @Transactional
    SubjectFollowUps.View followUp(UUID id, UUID followUpId, SubjectFollowUps.Report report, Boolean holding,
            Actor actor, Channel channel) {
        Mediation m = manage(id, null, actor);
        SubjectFollowUps.Report r = report.outcome() == null && holding != null
                ? new SubjectFollowUps.Report(report.version(), report.method(), holding ? "HELD" : "RECURRED",
                        report.satisfaction(), report.note())
                : report;
        SubjectFollowUps.View done = followUps.record(id, followUpId, r, actor, channel);
        events.publishEvent(new CommunityChanged(actor.username(), "mediation.followUp", "mediation", id.toString(),
                m.number() + " " + done.round() + " " + (done.outcome() == null ? done.status() : done.outcome())));
        return done;
    }

    Mediation get(UUID id, Actor actor) {
        Mediation m = mediations.find(id).orElseThrow(() -> new NotFound("mediation", id));
        access.read(m.communityCode(), actor);
        return m;
    }

    /** The agreement in Chinese from the community's template, for the parties to sign. */
    String agreement(Mediation m, String terms) {
        String applicants = names(m, Mediation.Side.APPLICANT);
        String respondents = names(m, Mediation.Side.RESPONDENT);
        String type = messages.getMessage("community.mediation.type." + m.type(), null, Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage("community.mediation.agreementTemplate", new Object[] {m.number(), applicants,
            respondents, type, m.summary(), terms, String.join("、", m.mediators()),
            DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.now(ZONE))}, Locale.SIMPLIFIED_CHINESE);
    }

    private static String names(Mediation m, Mediation.Side side) {
        return m.parties().stream().filter(p -> p.side() == side).map(Mediation.Party::name)
                .collect(Collectors.joining("、"));
    }

    private Mediation manage(UUID id, Long version, Actor actor) {
        Mediation m = mediations.find(id).orElseThrow(() -> new NotFound("mediation", id));
        access.manage(m.communityCode(), actor);
        if (version != null && version != m.version()) {
            throw new StaleVersion(id, version, m.version());
        }
        return m;
    }

    private void save(Mediation m, Instant at, String action, Actor actor) {
        if (!mediations.close(m, at)) {
            throw new StaleVersion(m.id(), m.version(), m.version() + 1);
        }
        events.publishEvent(new CommunityChanged(actor.username(), action, "mediation", m.id().toString(),
                m.number()));
    }

    private static List<String> mediators(String raw) {
        List<String> names = raw == null ? List.of() : java.util.Arrays.stream(raw.split("[,，、;；\\s]+"))
                .map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            throw new InvalidInput("mediators", "community.error.required");
        }
        if (names.size() > 5 || names.stream().anyMatch(n -> n.length() > 20)) {
            throw new InvalidInput("mediators", "community.error.mediators", 5, 20);
        }
        return names;
    }

    private static List<Mediation.Party> parties(String lines, Mediation.Side side, String field) {
        List<Mediation.Party> parties = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("[\\n;；]")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                int cut = l.lastIndexOf(' ');
                if (cut < 1) {
                    throw new InvalidInput(field, "community.error.party", l);
                }
                parties.add(new Mediation.Party(side, Texts.required(l.substring(0, cut), field, 50),
                        Texts.phone(l.substring(cut + 1), field)));
            }
        }
        if (parties.isEmpty()) {
            throw new InvalidInput(field, "community.error.required");
        }
        return parties;
    }
}
