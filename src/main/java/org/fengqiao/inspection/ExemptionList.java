package org.fengqiao.inspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.CreditStatus;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 无事不扰: firms of grade C with good credit and no open triggered demand may be proposed; an administrator
 * approves; a complaint, alert or finding lifts the exemption at once. Every change is logged with its reason.
 */
@Service
class ExemptionList {

    enum Status { PROPOSED, APPROVED, LIFTED }

    record Entry(UUID enterpriseId, Status status, String reason, String changedBy, java.time.Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Grading grading;
    private final ApplicationEventPublisher events;

    ExemptionList(JdbcClient jdbc, Enterprises enterprises, Grading grading, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.grading = grading;
        this.events = events;
    }

    boolean isExempt(UUID enterpriseId) {
        return find(enterpriseId).filter(e -> e.status() == Status.APPROVED).isPresent();
    }

    Optional<Entry> find(UUID enterpriseId) {
        return jdbc.sql("SELECT * FROM inspection_exemption WHERE enterprise_id = ?").param(enterpriseId)
                .query((rs, n) -> new Entry(enterpriseId, Status.valueOf(rs.getString("status")),
                        rs.getString("reason"), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    List<Map<String, Object>> log(UUID enterpriseId) {
        return jdbc.sql("SELECT status, reason, actor, at FROM inspection_exemption_log WHERE enterprise_id = ? "
                + "ORDER BY id DESC").param(enterpriseId).query().listOfRows();
    }

    /** Why a firm may not be exempt, or empty when it qualifies. */
    Optional<String> ineligibility(Enterprise e) {
        if (grading.of(e.id().value()).effective() != RiskGrade.C) {
            return Optional.of("inspection.exemption.notLowRisk");
        }
        if (e.creditStatus() != CreditStatus.GOOD) {
            return Optional.of("inspection.exemption.notGoodCredit");
        }
        boolean open = jdbc.sql("SELECT count(*) > 0 FROM inspection_demand WHERE enterprise_id = ? "
                + "AND kind = 'TRIGGERED' AND status <> 'DROPPED'").param(e.id().value()).query(Boolean.class).single();
        return open ? Optional.of("inspection.exemption.openMatters") : Optional.empty();
    }

    @Transactional
    void propose(Actor actor, UUID enterpriseId, String reason) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HEAD)) {
            throw new Forbidden("inspection.error.role");
        }
        Enterprise e = enterprises.visibleTo(actor, new EnterpriseId(enterpriseId));
        ineligibility(e).ifPresent(key -> {
            throw new InvalidInput("enterpriseId", key);
        });
        if (find(enterpriseId).filter(x -> x.status() != Status.LIFTED).isPresent()) {
            throw new InvalidInput("enterpriseId", "inspection.exemption.alreadyListed");
        }
        change(enterpriseId, Status.PROPOSED, required(reason), actor.username());
    }

    @Transactional
    void approve(Actor actor, UUID enterpriseId) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("inspection.error.adminOnly");
        }
        enterprises.visibleTo(actor, new EnterpriseId(enterpriseId));
        Entry entry = find(enterpriseId).filter(x -> x.status() == Status.PROPOSED)
                .orElseThrow(() -> new InvalidInput("enterpriseId", "inspection.exemption.notProposed"));
        change(enterpriseId, Status.APPROVED, entry.reason(), actor.username());
    }

    /** Lifts a proposed or approved exemption; nothing happens when the firm is not listed. */
    @Transactional
    void lift(UUID enterpriseId, String reason, String by) {
        if (find(enterpriseId).filter(x -> x.status() != Status.LIFTED).isPresent()) {
            change(enterpriseId, Status.LIFTED, reason, by);
        }
    }

    private void change(UUID enterpriseId, Status status, String reason, String by) {
        jdbc.sql("""
                INSERT INTO inspection_exemption (enterprise_id, status, reason, changed_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (enterprise_id) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason,
                    changed_by = EXCLUDED.changed_by, changed_at = now(), version = inspection_exemption.version + 1""")
                .params(enterpriseId, status.name(), reason, by).update();
        jdbc.sql("INSERT INTO inspection_exemption_log (enterprise_id, status, reason, actor) VALUES (?, ?, ?, ?)")
                .params(enterpriseId, status.name(), reason, by).update();
        events.publishEvent(new ExemptionChanged(enterpriseId, status.name(), reason, by));
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "inspection.error.reasonRequired");
        }
        return reason.strip();
    }
}
