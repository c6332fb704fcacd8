package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fengqiao.org.Role;
import org.fengqiao.shared.DomainException;

/**
 * Random command sequences against the aggregate: whatever happens, replaying the history gives the state, and a
 * refused command changes nothing.
 */
class CaseLifecycleProperties {

    private final ReturnPolicy returns = new ReturnPolicy(2);

    @Property(tries = 300)
    void historyAndStateAlwaysAgreeAndRefusedCommandsChangeNothing(
            @ForAll("commands") List<Action> commands, @ForAll("staleness") List<Integer> staleness) {
        Case c = Cases4Tests.submitted();
        for (int i = 0; i < commands.size(); i++) {
            Action action = commands.get(i);
            long version = c.version() - staleness.get(i % staleness.size());
            Snapshot before = Snapshot.of(c);
            try {
                apply(c, action, version, i);
                if (action != Action.ATTACH && action != Action.ABSORB
                        && action != Action.ESCALATE) {
                    assertThat(version).isEqualTo(before.version());
                }
                assertThat(Lifecycle.allows(before.status(), action)).isTrue();
                assertThat(c.version()).isEqualTo(before.version() + 1);
            } catch (DomainException refused) {
                assertThat(Snapshot.of(c)).isEqualTo(before);
            }
            HistoryReplay.Replayed replayed = HistoryReplay.replay(c.history());
            assertThat(replayed.status()).isEqualTo(c.status());
            assertThat(replayed.returnCount()).isEqualTo(c.returnCount());
            assertThat(replayed.closureKind()).isEqualTo(c.closureKind());
            assertThat(replayed.ruled()).isEqualTo(c.ruled());
            assertThat(c.history()).hasSize((int) c.version() + 1);
            assertThat(c.returnCount()).isLessThanOrEqualTo(2);
        }
    }

    private void apply(Case c, Action action, long v, int i) {
        By d = Cases4Tests.by(Role.DISPATCHER);
        By h = Cases4Tests.by(Role.HANDLER);
        switch (action) {
            case ACCEPT -> c.accept(v, d, null);
            case REJECT -> c.reject(v, d, i % 5 == 0 ? "" : "不属于受理范围");
            case ASSIGN -> c.assign(v, d, Cases4Tests.to(i % 2 == 0 ? Cases4Tests.MARKET : Cases4Tests.POLICE),
                    Cases4Tests.T0.plus(Duration.ofDays(5)), null);
            case RULE -> c.rule(v, d, "维持交办");
            case ACKNOWLEDGE -> c.acknowledge(v, h);
            case RETURN -> c.giveBack(v, h, i % 7 == 0 ? null : ReturnReason.NOT_OUR_DUTY, null, returns);
            case PROGRESS -> c.progress(v, h, "进展");
            case RESOLVE -> c.resolve(v, h, "已办结");
            case REPLY -> c.reply(v, d, "已反馈");
            case VERDICT -> c.verdict(v, Cases4Tests.by(Role.RESIDENT), i % 3 != 0, i % 6 == 0 ? 0 : 1 + i % 5, null);
            case CLOSE -> c.close(v, d, null, i % 2 == 0 ? ClosureKind.NO_VERDICT : ClosureKind.BY_DISPATCHER);
            case CANCEL -> c.cancel(v, d, "重复提交");
            case REOPEN -> c.reopen(v, d, "群众再次反映");
            case ATTACH -> c.attach(h, "photo.jpg");
            case MERGE -> c.mergeInto(v, d, i % 9 == 0 ? c : Cases4Tests.submitted(), "同一问题");
            case ABSORB -> {
                Case duplicate = Cases4Tests.submitted();
                duplicate.mergeInto(duplicate.version(), d, c, null);
            }
            case ESCALATE -> c.escalate(Cases4Tests.by(Role.ENTERPRISE), 1, "协会先到", Cases4Tests.POLICE);
            case SUBMIT -> throw new IllegalTransition(action, c.status());
        }
    }

    @Provide
    Arbitrary<List<Action>> commands() {
        return Arbitraries.of(Action.class).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> staleness() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(9, 0), net.jqwik.api.Tuple.of(1, 1)).list().ofMinSize(1)
                .ofMaxSize(10);
    }

    record Snapshot(CaseStatus status, long version, int historySize, int returns, ClosureKind closure,
            Object lead, boolean ruled, Integer score, Object mergedInto) {

        static Snapshot of(Case c) {
            return new Snapshot(c.status(), c.version(), c.history().size(), c.returnCount(), c.closureKind(),
                    c.leadUnitId(), c.ruled(), c.score(), c.mergedInto());
        }
    }
}
