package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.casework.Cases4Tests.*;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Role;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/** The case state machine and the casework rules, on cases in memory. */
class CaseRulesTests {

    private final ReturnPolicy twoReturns = new ReturnPolicy(2);
    private final By dispatcher = by(Role.DISPATCHER);
    private final By handler = by(Role.HANDLER);

    private Case assigned() {
        Case c = submitted();
        c.accept(0, dispatcher, null);
        c.assign(1, dispatcher, to(MARKET), T0.plus(Duration.ofDays(5)), null);
        return c;
    }

    @Test
    void acknowledgeBeforeAssignmentIsRefusedNamingTheAllowedActions() {
        Case c = submitted();
        assertThatThrownBy(() -> c.acknowledge(0, handler)).isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((IllegalTransition) e).args()[2].toString()).contains("accept", "reject"));
        assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(c.history()).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefusedBeforeAnythingChanges() {
        Case c = submitted();
        c.accept(0, dispatcher, null);
        assertThatThrownBy(() -> c.reject(0, dispatcher, "重复")).isInstanceOf(StaleVersion.class);
        assertThat(c.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(c.version()).isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReason() {
        Case c = submitted();
        assertThatThrownBy(() -> c.reject(0, dispatcher, " ")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("reason"));
    }

    @Test
    void aUnitMayReturnACaseOnlyUpToTheLimitThenTheDispatcherMustRule() {
        Case c = assigned();
        c.giveBack(c.version(), handler, ReturnReason.NOT_OUR_DUTY, null, twoReturns);
        c.assign(c.version(), dispatcher, to(POLICE), null, null);
        c.giveBack(c.version(), handler, ReturnReason.WRONG_JURISDICTION, null, twoReturns);
        c.assign(c.version(), dispatcher, to(MARKET), null, null);
        long before = c.version();
        assertThatThrownBy(() -> c.giveBack(before, handler, ReturnReason.DUPLICATE, null, twoReturns))
                .isInstanceOf(CaseRuleBroken.class).hasMessage("casework.error.returnsExhausted");
        assertThat(c.version()).isEqualTo(before);
        assertThat(c.returnCount()).isEqualTo(2);
    }

    @Test
    void aReturnNeedsAListedReason() {
        Case c = assigned();
        assertThatThrownBy(() -> c.giveBack(c.version(), handler, null, "不是我们的事", twoReturns))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void afterTheDispatcherRulesTheAssignmentStandsAndCannotBeReturned() {
        Case c = assigned();
        c.giveBack(c.version(), handler, ReturnReason.NOT_OUR_DUTY, "争议", twoReturns);
        c.rule(c.version(), dispatcher, "经审定，仍由市场监管局牵头办理");
        assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(c.leadUnitId()).isEqualTo(MARKET);
        assertThatThrownBy(() -> c.giveBack(c.version(), handler, ReturnReason.NOT_OUR_DUTY, null, twoReturns))
                .isInstanceOf(CaseRuleBroken.class).hasMessage("casework.error.ruled");
    }

    @Test
    void theFirstUnitThatReceivedAMultiUnitCaseLeadsUnlessTheDispatcherNamesAnother() {
        LeadUnitPolicy policy = new LeadUnitPolicy();
        UUID other = UUID.randomUUID();
        assertThat(policy.choose(List.of(other, MARKET), null, MARKET).lead()).isEqualTo(MARKET);
        assertThat(policy.choose(List.of(other, MARKET), null, MARKET).coHandling()).containsExactly(other);
        assertThat(policy.choose(List.of(other, MARKET), POLICE, MARKET).lead()).isEqualTo(POLICE);
        assertThat(policy.choose(List.of(other, MARKET), null, null).lead()).isEqualTo(other);
    }

    @Test
    void aSatisfiedVerdictClosesTheCaseAsConfirmed() {
        Case c = resolvedAndReplied();
        c.verdict(c.version(), by(Role.RESIDENT), true, 5, "很满意");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureKind()).isEqualTo(ClosureKind.CONFIRMED);
        assertThat(c.drainEvents()).anyMatch(e -> e instanceof CaseClosed cc && cc.closureKind() == ClosureKind.CONFIRMED);
    }

    @Test
    void anUnsatisfiedVerdictPutsTheCaseBackToWork() {
        Case c = resolvedAndReplied();
        c.verdict(c.version(), by(Role.RESIDENT), false, 2, "问题还在");
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.closureKind()).isNull();
    }

    @Test
    void aVerdictNeedsAScoreFromOneToFive() {
        Case c = resolvedAndReplied();
        assertThatThrownBy(() -> c.verdict(c.version(), by(Role.RESIDENT), true, 6, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(c.status()).isEqualTo(CaseStatus.REPLIED);
    }

    @Test
    void closingWithoutTheReportersAnswerIsRecordedAsNoVerdictAfterTheLimit() {
        ClosurePolicy policy = new ClosurePolicy(new CaseworkSettings(2, Duration.ofDays(7),
                Duration.ofDays(1)));
        assertThat(policy.kindFor(CaseStatus.REPLIED, T0, T0.plus(Duration.ofDays(8))))
                .isEqualTo(ClosureKind.NO_VERDICT);
        assertThat(policy.kindFor(CaseStatus.REPLIED, T0, T0.plus(Duration.ofDays(1))))
                .isEqualTo(ClosureKind.BY_DISPATCHER);
        assertThat(policy.kindFor(CaseStatus.IN_PROGRESS, null, T0)).isEqualTo(ClosureKind.BY_DISPATCHER);
    }

    @Test
    void onlyTheReportersVerdictCanConfirmASolution() {
        Case c = assigned();
        assertThatThrownBy(() -> c.close(c.version(), dispatcher, null, ClosureKind.CONFIRMED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedCaseCanBeReopenedByTheDispatcherAndForgetsItsClosure() {
        Case c = resolvedAndReplied();
        c.close(c.version(), dispatcher, null, ClosureKind.NO_VERDICT);
        c.reopen(c.version(), dispatcher, "群众再次来电");
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.closureKind()).isNull();
    }

    @Test
    void everyStepIsInTheHistoryAndReplayingItGivesTheState() {
        Case c = resolvedAndReplied();
        c.verdict(c.version(), by(Role.RESIDENT), true, 4, null);
        assertThat(c.history()).extracting(HistoryEntry::action).containsExactly(Action.SUBMIT, Action.ACCEPT,
                Action.ASSIGN, Action.ACKNOWLEDGE, Action.PROGRESS, Action.RESOLVE, Action.REPLY, Action.VERDICT);
        HistoryReplay.Replayed r = HistoryReplay.replay(c.history());
        assertThat(r.status()).isEqualTo(c.status());
        assertThat(r.closureKind()).isEqualTo(ClosureKind.CONFIRMED);
    }

    private Case resolvedAndReplied() {
        Case c = assigned();
        c.acknowledge(c.version(), handler);
        c.progress(c.version(), handler, "已联系商户");
        c.resolve(c.version(), handler, "商户已清理占道货物");
        c.reply(c.version(), dispatcher, "您反映的问题已处理");
        return c;
    }
}
