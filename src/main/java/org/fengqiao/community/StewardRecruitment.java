package org.fengqiao.community;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruits stewards: someone who works the community proposes a person (动员/推荐/自荐) with topics and grid areas;
 * a second person of the community approves or rejects the proposal (never the proposer), and only approved
 * stewards are shown publicly.
 */
@Service
class StewardRecruitment {

    static final int MAX_TOPICS = 10;

    /** A proposal as typed, unchecked. */
    record Proposal(String name, String phone, String type, String recruitment, String recommendedBy,
            String topics, List<String> grids) {
    }

    private final Stewards stewards;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;

    StewardRecruitment(Stewards stewards, CommunityAccess access, ApplicationEventPublisher events) {
        this.stewards = stewards;
        this.access = access;
        this.events = events;
    }

    @Transactional
    Steward propose(String communityCode, Proposal p, Actor actor) {
        Community c = access.manage(communityCode, actor);
        String name = Texts.required(p.name(), "name", 50);
        String phone = Texts.phone(p.phone(), "phone");
        Steward.Type type = Texts.choice(Steward.Type.class, p.type(), "type");
        Steward.Recruitment how = Texts.choice(Steward.Recruitment.class, p.recruitment(), "recruitment");
        String recommendedBy = Texts.optional(p.recommendedBy(), "recommendedBy", 50);
        if (how == Steward.Recruitment.RECOMMENDED && recommendedBy == null) {
            throw new InvalidInput("recommendedBy", "community.error.required");
        }
        List<String> topics = topics(p.topics());
        List<String> grids = grids(c, p.grids());
        if (stewards.exists(c.code(), phone, type)) {
            throw new InvalidInput("phone", "community.error.stewardExists");
        }
        Steward s = new Steward(UUID.randomUUID(), c.code(), name, phone, type, how,
                how == Steward.Recruitment.RECOMMENDED ? recommendedBy : null, topics, grids,
                Steward.Status.PENDING, actor.username(), null, null, null, Instant.now(), 0);
        stewards.add(s, c.path());
        events.publishEvent(new CommunityChanged(actor.username(), "steward.propose", "steward", s.id().toString(),
                c.code() + " " + type + " " + how));
        return s;
    }

    @Transactional
    Steward decide(UUID id, boolean approve, String note, Long version, Actor actor) {
        Steward s = stewards.find(id).orElseThrow(() -> new NotFound("steward", id));
        access.manage(s.communityCode(), actor);
        if (s.status() != Steward.Status.PENDING) {
            throw new InvalidInput("decision", "community.error.alreadyDecided");
        }
        if (s.proposedBy().equals(actor.username())) {
            throw new Forbidden("community.error.ownProposal");
        }
        String why = Texts.optional(note, "note", 500);
        if (!approve && why == null) {
            throw new InvalidInput("note", "community.error.required");
        }
        long expected = version == null ? s.version() : version;
        if (!stewards.decide(id, expected, approve ? Steward.Status.APPROVED : Steward.Status.REJECTED,
                actor.username(), why)) {
            throw new StaleVersion(id, expected, stewards.find(id).orElseThrow().version());
        }
        events.publishEvent(new CommunityChanged(actor.username(), approve ? "steward.approve" : "steward.reject",
                "steward", id.toString(), why == null ? "" : why));
        return stewards.find(id).orElseThrow();
    }

    static List<String> topics(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("topics", "community.error.required");
        }
        Set<String> topics = Arrays.stream(raw.split("[,，、;；\\s]+")).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (topics.isEmpty()) {
            throw new InvalidInput("topics", "community.error.required");
        }
        if (topics.size() > MAX_TOPICS || topics.stream().anyMatch(t -> t.length() > 20)) {
            throw new InvalidInput("topics", "community.error.topics", MAX_TOPICS, 20);
        }
        return List.copyOf(topics);
    }

    private List<String> grids(Community c, List<String> raw) {
        Set<String> own = access.grids(c).stream().map(Jurisdiction::code).collect(Collectors.toSet());
        List<String> grids = raw == null ? List.of()
                : raw.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).distinct().toList();
        if (grids.isEmpty()) {
            throw new InvalidInput("grids", "community.error.required");
        }
        for (String g : grids) {
            if (!own.contains(g)) {
                throw new InvalidInput("grids", "community.error.gridOutside", g, c.name());
            }
        }
        return grids;
    }
}
