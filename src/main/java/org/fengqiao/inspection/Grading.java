package org.fengqiao.inspection;

import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes grades from the evidence in Fengqiao, recomputes them on new evidence, and records overrides. */
@Service
class Grading {

    private final Grades grades;
    private final Enterprises enterprises;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Grading(Grades grades, Enterprises enterprises, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.grades = grades;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    Grade recompute(UUID enterpriseId) {
        Enterprise e = enterprises.find(new EnterpriseId(enterpriseId))
                .orElseThrow(() -> new org.fengqiao.shared.NotFound("enterprise", enterpriseId));
        grades.saveComputed(enterpriseId, RiskScoring.assess(evidence(e)));
        return grades.find(enterpriseId).orElseThrow();
    }

    /** The grade in force, computed on first use. */
    Grade of(UUID enterpriseId) {
        return grades.find(enterpriseId).orElseGet(() -> recompute(enterpriseId));
    }

    @Transactional
    Grade override(Actor actor, UUID enterpriseId, String grade, String reason, long version) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("inspection.error.adminOnly");
        }
        enterprises.visibleTo(actor, new EnterpriseId(enterpriseId));
        RiskGrade g = RiskGrade.parse(grade, "grade");
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("reason", "inspection.error.reasonRequired");
        }
        of(enterpriseId);
        grades.override(enterpriseId, version, g, reason.strip(), actor.username());
        events.publishEvent(new GradeOverridden(enterpriseId, g, reason.strip(), actor.username()));
        return grades.find(enterpriseId).orElseThrow();
    }

    private RiskScoring.Evidence evidence(Enterprise e) {
        int triggered = jdbc.sql("""
                SELECT count(*) FROM inspection_demand WHERE enterprise_id = ? AND kind = 'TRIGGERED'
                  AND created_at > now() - interval '1 year'""").param(e.id().value()).query(Integer.class).single();
        Integer days = jdbc.sql("""
                SELECT (current_date - max(d))::int FROM (
                    SELECT visit_date AS d FROM planned_inspection pi JOIN inspection_plan p ON p.id = pi.plan_id
                    WHERE pi.enterprise_id = :id AND p.status = 'PUBLISHED' AND visit_date <= current_date
                    UNION ALL
                    SELECT (started_at AT TIME ZONE 'Asia/Shanghai')::date FROM inspection_record
                    WHERE enterprise_id = :id) seen""")
                .param("id", e.id().value()).query(Integer.class).optional().orElse(null);
        Map<String, Object> findings = jdbc.sql("""
                SELECT count(*) FILTER (WHERE severity = 'MINOR') AS minor,
                       count(*) FILTER (WHERE severity <> 'MINOR') AS severe
                FROM inspection_finding WHERE enterprise_id = ? AND created_at > now() - interval '1 year'""")
                .param(e.id().value()).query().singleRow();
        return new RiskScoring.Evidence(e.details().industry(), e.creditStatus().name(), triggered,
                ((Number) findings.get("minor")).intValue(), ((Number) findings.get("severe")).intValue(), days);
    }
}
