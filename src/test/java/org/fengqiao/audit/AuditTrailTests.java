package org.fengqiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.shared.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationModuleTest(extraIncludes = "platform")
class AuditTrailTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    record SomethingChanged(String id) implements Audited {
        public String auditActor() { return "tester"; }
        public String auditAction() { return "thing.change"; }
        public String auditSubjectType() { return "thing"; }
        public String auditSubjectId() { return id; }
    }

    @Test
    void auditedEventIsRecordedWithTheChangeAndTheChainStaysIntact() {
        long before = trail.count();
        tx.executeWithoutResult(s -> events.publishEvent(new SomethingChanged("T-1")));
        assertThat(trail.count()).isEqualTo(before + 1);
        assertThat(trail.page("T-1", 0, 10)).extracting(AuditEntry::action).containsExactly("thing.change");
        assertThat(trail.firstBroken()).isEmpty();
    }

    @Test
    void auditedEventOfARolledBackChangeLeavesNoEntry() {
        long before = trail.count();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new SomethingChanged("T-2"));
            s.setRollbackOnly();
        });
        assertThat(trail.count()).isEqualTo(before);
    }

    @Test
    void editingAnEntryBreaksTheChainFromThatEntry() {
        AuditEntry a = trail.record("tester", "x.one", "thing", "A", "");
        trail.record("tester", "x.two", "thing", "B", "");
        try {
            jdbc.sql("UPDATE audit_entry SET detail = 'forged' WHERE seq = ?").param(a.seq()).update();
            assertThat(trail.firstBroken()).hasValue(a.seq());
        } finally {
            jdbc.sql("UPDATE audit_entry SET detail = '' WHERE seq = ?").param(a.seq()).update();
        }
        assertThat(trail.firstBroken()).isEmpty();
    }
}
