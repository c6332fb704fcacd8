package org.fengqiao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.StaleVersion;

/**
 * A case (事项): one problem raised by a firm or a resident. It changes only through its command methods, each
 * of which checks the expected version, asks the {@link Lifecycle} whether the step is allowed now, applies
 * the casework rules, appends a history entry and records the past-tense event to publish.
 */
class Case {

    static final int TEXT_LIMIT = 5000;

    private final CaseId id;
    private final String number;
    private final Draft draft;
    private final String lookupHash;
    private final Instant createdAt;
    private final List<HistoryEntry> history;
    private final List<CaseEvent> events = new ArrayList<>();
    private final long loadedVersion;
    private final int loadedHistory;

    private CaseStatus status;
    private UUID leadUnitId;
    private Set<UUID> coUnitIds;
    private UUID firstUnitId;
    private int returnCount;
    private boolean ruled;
    private ClosureKind closureKind;
    private Boolean satisfied;
    private Integer score;
    private String resolution;
    private String reply;
    private Instant dueAt;
    private Instant repliedAt;
    private Instant updatedAt;
    private long version;
    private UUID mergedInto;

    Case(CaseId id, String number, Draft draft, String lookupHash, Instant createdAt, State state,
            List<HistoryEntry> history) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.lookupHash = lookupHash;
        this.createdAt = createdAt;
        this.history = new ArrayList<>(history);
        this.loadedHistory = history.size();
        this.loadedVersion = state.version();
        this.status = state.status();
        this.leadUnitId = state.leadUnitId();
        this.coUnitIds = new LinkedHashSet<>(state.coUnitIds());
        this.firstUnitId = state.firstUnitId();
        this.returnCount = state.returnCount();
        this.ruled = state.ruled();
        this.closureKind = state.closureKind();
        this.satisfied = state.satisfied();
        this.score = state.score();
        this.resolution = state.resolution();
        this.reply = state.reply();
        this.dueAt = state.dueAt();
        this.repliedAt = state.repliedAt();
        this.updatedAt = state.updatedAt();
        this.version = state.version();
        this.mergedInto = state.mergedInto();
    }

    /** The mutable part of a case, as stored. */
    record State(CaseStatus status, UUID leadUnitId, Set<UUID> coUnitIds, UUID firstUnitId, int returnCount,
            boolean ruled, ClosureKind closureKind, Boolean satisfied, Integer score, String resolution, String reply,
            Instant dueAt, Instant repliedAt, Instant updatedAt, long version, UUID mergedInto) {
    }

    static Case submit(CaseId id, String number, Draft draft, String lookupHash, By by) {
        Case c = new Case(id, number, draft, lookupHash, by.at(), new State(CaseStatus.SUBMITTED, null, Set.of(), null,
                0, false, null, null, null, null, null, null, null, by.at(), 0, null), List.of());
        c.history.add(new HistoryEntry(0, by.at(), by.personId(), by.name(), by.role(), by.channel(), Action.SUBMIT,
                null, CaseStatus.SUBMITTED, null, draft.channel().name()));
        c.events.add(new CaseSubmitted(id, number, by.at(), draft.category(), draft.channel(), draft.jurisdictionPath(),
                draft.title(), draft.description(), draft.creditCode() == null ? null : draft.creditCode().value()));
        return c;
    }

    void accept(long expected, By by, String note) {
        begin(Action.ACCEPT, expected);
        step(Action.ACCEPT, CaseStatus.ACCEPTED, by, optional(note, "note"), null);
        events.add(new CaseAccepted(id, number, by.at()));
    }

    void reject(long expected, By by, String reason) {
        begin(Action.REJECT, expected);
        step(Action.REJECT, CaseStatus.REJECTED, by, required(reason, "reason"), null);
        events.add(new CaseRejected(id, number, by.at(), reason));
    }

    /** 交办: the policy has already chosen the lead among the units. */
    void assign(long expected, By by, LeadUnitPolicy.Choice choice, Instant due, String note) {
        begin(Action.ASSIGN, expected);
        leadUnitId = choice.lead();
        coUnitIds = new LinkedHashSet<>(choice.coHandling());
        if (firstUnitId == null) {
            firstUnitId = choice.lead();
        }
        dueAt = due;
        step(Action.ASSIGN, CaseStatus.ASSIGNED, by, optional(note, "note"), "lead=" + leadUnitId + ";co=" + coUnitIds
                + ";why=" + choice.why());
        events.add(new CaseAssigned(id, number, by.at(), leadUnitId, Set.copyOf(coUnitIds), due));
    }

    /** 审定: the dispatcher decides the returned case stays with its lead unit, which can no longer return it. */
    void rule(long expected, By by, String note) {
        begin(Action.RULE, expected);
        ruled = true;
        step(Action.RULE, CaseStatus.ASSIGNED, by, required(note, "note"), "lead=" + leadUnitId);
        events.add(new CaseRuled(id, number, by.at(), leadUnitId));
    }

    void acknowledge(long expected, By by) {
        begin(Action.ACKNOWLEDGE, expected);
        step(Action.ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, by, null, "unit=" + leadUnitId);
        events.add(new CaseAcknowledged(id, number, by.at(), leadUnitId));
    }

    void giveBack(long expected, By by, ReturnReason reason, String note, ReturnPolicy policy) {
        begin(Action.RETURN, expected);
        if (reason == null) {
            throw new InvalidInput("reason", "casework.error.required");
        }
        policy.check(returnCount, ruled);
        returnCount++;
        step(Action.RETURN, CaseStatus.RETURNED, by, optional(note, "note"), "reason=" + reason.name());
        events.add(new CaseReturned(id, number, by.at(), leadUnitId, reason, returnCount));
    }

    void progress(long expected, By by, String note) {
        begin(Action.PROGRESS, expected);
        String text = required(note, "note");
        step(Action.PROGRESS, CaseStatus.IN_PROGRESS, by, text, null);
        events.add(new CaseProgressed(id, number, by.at(), text));
    }

    void resolve(long expected, By by, String result) {
        begin(Action.RESOLVE, expected);
        resolution = required(result, "result");
        step(Action.RESOLVE, CaseStatus.RESOLVED, by, resolution, null);
        events.add(new CaseResolved(id, number, by.at(), leadUnitId, resolution));
    }

    void reply(long expected, By by, String text) {
        begin(Action.REPLY, expected);
        reply = required(text, "reply");
        repliedAt = by.at();
        step(Action.REPLY, CaseStatus.REPLIED, by, reply, null);
        events.add(new CaseReplied(id, number, by.at(), reply));
    }

    /** The reporter's verdict: satisfied closes the case as confirmed (销号), unsatisfied puts it back to work. */
    void verdict(long expected, By by, Boolean isSatisfied, Integer rating, String comment) {
        begin(Action.VERDICT, expected);
        if (isSatisfied == null) {
            throw new InvalidInput("satisfied", "casework.error.required");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInput("score", "casework.error.score");
        }
        String text = optional(comment, "comment");
        satisfied = isSatisfied;
        score = rating;
        events.add(new CaseVerdictGiven(id, number, by.at(), isSatisfied, rating));
        if (isSatisfied) {
            closureKind = ClosureKind.CONFIRMED;
            step(Action.VERDICT, CaseStatus.CLOSED, by, text, "satisfied=true;score=" + rating);
            events.add(new CaseClosed(id, number, by.at(), closureKind));
        } else {
            step(Action.VERDICT, CaseStatus.IN_PROGRESS, by, text, "satisfied=false;score=" + rating);
            events.add(new CaseReopened(id, number, by.at(), text));
        }
    }

    /** Closing without the reporter's confirmation; the kind says why (never {@link ClosureKind#CONFIRMED}). */
    void close(long expected, By by, String note, ClosureKind kind) {
        begin(Action.CLOSE, expected);
        if (kind == ClosureKind.CONFIRMED) {
            throw new IllegalArgumentException("only the reporter's verdict confirms a case");
        }
        closureKind = kind;
        step(Action.CLOSE, CaseStatus.CLOSED, by, optional(note, "note"), "closure=" + kind.name());
        events.add(new CaseClosed(id, number, by.at(), kind));
    }

    void cancel(long expected, By by, String reason) {
        begin(Action.CANCEL, expected);
        step(Action.CANCEL, CaseStatus.CANCELLED, by, required(reason, "reason"), null);
        events.add(new CaseCancelled(id, number, by.at(), reason));
    }

    void reopen(long expected, By by, String reason) {
        begin(Action.REOPEN, expected);
        String text = required(reason, "reason");
        closureKind = null;
        satisfied = null;
        score = null;
        mergedInto = null;
        step(Action.REOPEN, leadUnitId != null ? CaseStatus.IN_PROGRESS : CaseStatus.ACCEPTED, by, text, null);
        events.add(new CaseReopened(id, number, by.at(), text));
    }

    /**
     * 合并: this case is a duplicate of the target, which carries the handling from now on. This case closes as
     * {@link ClosureKind#MERGED} (never counted as solved) and points at the target; the target records which case
     * it took in. Nothing changes on either case when a rule refuses.
     */
    void mergeInto(long expected, By by, Case target, String note) {
        if (target.id.equals(id)) {
            throw new InvalidInput("target", "casework.merge.self");
        }
        if (!target.status.isOpen() || !Lifecycle.allows(target.status, Action.ABSORB)) {
            throw new CaseRuleBroken("casework.merge.targetClosed", "target", target.number);
        }
        begin(Action.MERGE, expected);
        String text = optional(note, "note");
        closureKind = ClosureKind.MERGED;
        mergedInto = target.id.value();
        step(Action.MERGE, CaseStatus.CLOSED, by, text, "into=" + target.number);
        target.step(Action.ABSORB, target.status, by, text, "from=" + number);
        events.add(new CaseMerged(id, number, by.at(), target.id, target.number));
        events.add(new CaseClosed(id, number, by.at(), closureKind));
    }

    /** A photo was added: not a state change, but a change, so it is in the history and bumps the version. */
    void attach(By by, String fileName) {
        begin(Action.ATTACH, version);
        step(Action.ATTACH, status, by, fileName, null);
    }

    /**
     * 吹哨: the party of the ladder's next rung joins the case as a co-handling unit (unless it leads it already);
     * the state stays. Taken by the reporter or a timer, not against a version the caller saw.
     */
    void escalate(By by, int rung, String label, UUID party) {
        begin(Action.ESCALATE, version);
        if (party != null && !party.equals(leadUnitId)) {
            coUnitIds.add(party);
        }
        step(Action.ESCALATE, status, by, label, "rung=" + rung + ";party=" + party);
    }

    /**
     * An escalation outside the ladder, noted by the module that owns the work behind the case (an overdue
     * rectification order reported to its department's heads): history only, the state stays.
     */
    void noteEscalation(By by, String note) {
        begin(Action.ESCALATE, version);
        step(Action.ESCALATE, status, by, required(note, "note"), null);
    }

    private void begin(Action action, long expected) {
        if (expected != version) {
            throw new StaleVersion(id, expected, version);
        }
        if (!Lifecycle.allows(status, action)) {
            throw new IllegalTransition(action, status);
        }
    }

    private void step(Action action, CaseStatus to, By by, String note, String detail) {
        history.add(new HistoryEntry(history.size(), by.at(), by.personId(), by.name(), by.role(), by.channel(), action,
                status, to, note, detail));
        status = to;
        updatedAt = by.at();
        version++;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "casework.error.required");
        }
        return optional(text, field);
    }

    private static String optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TEXT_LIMIT) {
            throw new InvalidInput(field, "casework.error.tooLong", TEXT_LIMIT);
        }
        return text.strip();
    }

    /** Events recorded since load; the caller publishes them in the same transaction and clears them. */
    List<CaseEvent> drainEvents() {
        List<CaseEvent> out = List.copyOf(events);
        events.clear();
        return out;
    }

    List<HistoryEntry> newHistory() {
        return history.subList(loadedHistory, history.size());
    }

    CaseId id() { return id; }
    String number() { return number; }
    Draft draft() { return draft; }
    String lookupHash() { return lookupHash; }
    Instant createdAt() { return createdAt; }
    List<HistoryEntry> history() { return Collections.unmodifiableList(history); }
    long loadedVersion() { return loadedVersion; }
    CaseStatus status() { return status; }
    UUID leadUnitId() { return leadUnitId; }
    Set<UUID> coUnitIds() { return Collections.unmodifiableSet(coUnitIds); }
    UUID firstUnitId() { return firstUnitId; }
    int returnCount() { return returnCount; }
    boolean ruled() { return ruled; }
    ClosureKind closureKind() { return closureKind; }
    Boolean satisfied() { return satisfied; }
    Integer score() { return score; }
    String resolution() { return resolution; }
    String reply() { return reply; }
    Instant dueAt() { return dueAt; }
    Instant repliedAt() { return repliedAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
    UUID mergedInto() { return mergedInto; }

    /** Whether any unit given is lead or co-handling. */
    boolean handledByAny(Set<UUID> units) {
        return (leadUnitId != null && units.contains(leadUnitId)) || coUnitIds.stream().anyMatch(units::contains);
    }
}
