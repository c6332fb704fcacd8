package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合并办理: a dispatcher merges a duplicate case into the case that carries the handling. Both cases must lie in
 * the dispatcher's jurisdictions; the merged case closes as {@link ClosureKind#MERGED} and its reporter follows the
 * target (its reply, state and public history) from then on, also through further merges of the target.
 */
@Service
class CaseMerging {

    /** Merges of merges are followed this far at most (a chain needs an open target each time, so it stays short). */
    static final int LONGEST_CHAIN = 20;

    private final Cases cases;
    private final CaseHandling handling;
    private final CaseAccess access;
    private final MergedCases merged;
    private final ApplicationEventPublisher events;

    CaseMerging(Cases cases, CaseHandling handling, CaseAccess access, MergedCases merged,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.handling = handling;
        this.access = access;
        this.merged = merged;
        this.events = events;
    }

    /** Merges case {@code id} (as last seen at {@code version}) into {@code target} (its number or id). */
    @Transactional
    Case merge(CaseId id, long version, String target, String note, Actor actor, Channel channel) {
        Case c = handling.get(id, actor);
        access.require(actor, c, Action.MERGE);
        Case into = target(target, actor);
        if (!actor.covers(into.draft().jurisdictionPath())) {
            throw new Forbidden("casework.merge.otherJurisdiction", into.number());
        }
        c.mergeInto(version, By.actor(actor, channel, Instant.now()), into, note);
        cases.save(c);
        cases.save(into);
        c.drainEvents().forEach(events::publishEvent);
        into.drainEvents().forEach(events::publishEvent);
        return c;
    }

    /** The case a merged case follows in the end (itself when it was not merged). */
    Case followed(Case c) {
        Case at = c;
        for (int i = 0; i < LONGEST_CHAIN && at.mergedInto() != null; i++) {
            Optional<Case> next = cases.find(new CaseId(at.mergedInto()));
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
        }
        return at;
    }

    /** What a case page shows about merging: whom this case follows, and which cases follow it. */
    MergeView of(Case c) {
        Case end = followed(c);
        MergeView.Ref follows = end == c ? null : ref(end);
        return new MergeView(follows, merged.into(c.id().value()));
    }

    private MergeView.Ref ref(Case c) {
        return new MergeView.Ref(c.id().value(), c.number(), c.draft().title(), c.status(), c.reply(), c.repliedAt());
    }

    private Case target(String target, Actor actor) {
        if (target == null || target.isBlank()) {
            throw new InvalidInput("target", "casework.error.required");
        }
        String t = target.strip();
        Optional<Case> found;
        try {
            found = cases.find(new CaseId(UUID.fromString(t)));
        } catch (IllegalArgumentException notAnId) {
            found = cases.findByNumber(t.toUpperCase(java.util.Locale.ROOT));
        }
        return found.filter(c -> access.maySee(actor, c)).orElseThrow(() -> new NotFound("case", t));
    }

    /** Merge facts for a page or a client. */
    record MergeView(MergeView.Ref follows, List<MergeView.Ref> followers) {

        record Ref(UUID id, String number, String title, CaseStatus status, String reply, Instant repliedAt) {
        }
    }
}
