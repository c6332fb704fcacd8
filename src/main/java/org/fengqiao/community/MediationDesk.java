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
 * written from the community's template or with a referral, and follows agreed cases up after 7 and 30 days
 * until "案结事了".
 */
@Service
class MediationDesk {

    static final List<Integer> FOLLOW_UP_DAYS = List.of(7, 30);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A dispute as typed in: parties as "name phone" per line for each side, mediators separated by commas. */
    record Intake(String type, String summary, String applicants, String respondents, String mediators) {
    }

    private final Mediations mediations;
    private final CommunityAccess access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    MediationDesk(Mediations mediations, CommunityAccess access, MessageSource messages,
            ApplicationEventPublisher events) {
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
        save(agreed, "mediation.agree", actor);
        LocalDate today = LocalDate.now(ZONE);
        FOLLOW_UP_DAYS.forEach(d -> mediations.scheduleFollowUp(id, today.plusDays(d)));
        return mediations.find(id).orElseThrow();
    }

    @Transactional
    Mediation refer(UUID id, String to, String reason, Long version, Actor actor) {
        Mediation m = manage(id, version, actor);
        Mediation.Referral r = Texts.choice(Mediation.Referral.class, to, "referredTo");
        save(m.referred(r, Texts.required(reason, "reason", 1000)), "mediation.refer", actor);
        return mediations.find(id).orElseThrow();
    }

    @Transactional
    void followUp(UUID id, UUID followUpId, Boolean holding, String note, Actor actor) {
        Mediation m = manage(id, null, actor);
        if (holding == null) {
            throw new InvalidInput("holding", "community.error.required");
        }
        if (!mediations.recordFollowUp(id, followUpId, holding, Texts.required(note, "note", 1000),
                actor.username())) {
            throw new InvalidInput("followUpId", "community.error.followUpDone");
        }
        events.publishEvent(new CommunityChanged(actor.username(), "mediation.followUp", "mediation", id.toString(),
                m.number() + (holding ? " holding" : " relapsed")));
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

    private void save(Mediation m, String action, Actor actor) {
        if (!mediations.close(m)) {
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
