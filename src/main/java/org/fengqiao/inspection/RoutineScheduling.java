package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routine inspection demands from the frequency per grade and department: for each firm and department whose next
 * routine inspection falls due in the coming weeks, one demand with a two-week window, unless one is already open,
 * the yearly cap is reached, or this year's routine visits are done. Exempt firms' demands are stored as dropped
 * (无事不扰), so that reports count them.
 */
@Service
class RoutineScheduling {

    /** What one run made. */
    record Outcome(int created, int droppedExempt, int skippedOpen, int skippedCap) {
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final Grading grading;
    private final ExemptionList exemptions;
    private final InspectionSettings settings;

    RoutineScheduling(JdbcClient jdbc, Units units, Grading grading, ExemptionList exemptions,
            InspectionSettings settings) {
        this.jdbc = jdbc;
        this.units = units;
        this.grading = grading;
        this.exemptions = exemptions;
        this.settings = settings;
    }

    /** Times a year per department and grade; a missing entry is 0. */
    Map<UUID, Map<RiskGrade, Integer>> frequencies() {
        Map<UUID, Map<RiskGrade, Integer>> f = new HashMap<>();
        jdbc.sql("SELECT unit_id, grade, times_per_year FROM inspection_frequency").query(rs -> {
            f.computeIfAbsent(rs.getObject("unit_id", UUID.class), u -> new HashMap<>())
                    .put(RiskGrade.valueOf(rs.getString("grade")), rs.getInt("times_per_year"));
        });
        return f;
    }

    @Transactional
    void setFrequency(Actor actor, UUID unitId, String grade, Integer timesPerYear) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("inspection.error.adminOnly");
        }
        Unit unit = unitId == null ? null : units.find(unitId).filter(u -> u.kind() == UnitKind.DEPARTMENT).orElse(null);
        if (unit == null) {
            throw new InvalidInput("unitId", "inspection.error.department");
        }
        RiskGrade g = RiskGrade.parse(grade, "grade");
        if (timesPerYear == null || timesPerYear < 0 || timesPerYear > 12) {
            throw new InvalidInput("timesPerYear", "inspection.frequency.range", 0, 12);
        }
        jdbc.sql("""
                INSERT INTO inspection_frequency (unit_id, grade, times_per_year, changed_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (unit_id, grade) DO UPDATE SET times_per_year = EXCLUDED.times_per_year,
                    changed_by = EXCLUDED.changed_by, changed_at = now()""")
                .params(unit.id(), g.name(), timesPerYear, actor.username()).update();
    }

    /** Creates the routine demands falling due from today through {@code weeks} weeks. */
    @Transactional
    Outcome generate(Actor actor, int weeks) {
        if (!actor.hasAny(Role.ADMIN, Role.DISPATCHER)) {
            throw new Forbidden("inspection.error.role");
        }
        if (weeks < 1 || weeks > 12) {
            throw new InvalidInput("weeks", "inspection.frequency.weeks", 1, 12);
        }
        return generate(LocalDate.now(), weeks, actor.username());
    }

    Outcome generate(LocalDate today, int weeks, String by) {
        LocalDate horizon = today.plusWeeks(weeks);
        Map<UUID, Map<RiskGrade, Integer>> frequencies = frequencies();
        int created = 0;
        int exempt = 0;
        int open = 0;
        int capped = 0;
        List<UUID> firms = jdbc.sql("SELECT id FROM enterprise ORDER BY id").query(UUID.class).list();
        for (UUID firm : firms) {
            RiskGrade grade = grading.of(firm).effective();
            boolean isExempt = exemptions.isExempt(firm);
            for (Map.Entry<UUID, Map<RiskGrade, Integer>> dept : frequencies.entrySet()) {
                int times = dept.getValue().getOrDefault(grade, 0);
                if (times < 1) {
                    continue;
                }
                UUID unit = dept.getKey();
                LocalDate due = RoutineFrequency.nextDue(times, lastInspected(firm, unit), firm, unit, today);
                if (due.isAfter(horizon)) {
                    continue;
                }
                if (hasOpenDemand(firm, unit)) {
                    open++;
                    continue;
                }
                int thisYear = demandsThisYear(firm, unit, due.getYear());
                if (thisYear >= settings.yearlyCap() || routineThisYear(firm, unit, due.getYear()) >= times) {
                    capped++;
                    continue;
                }
                insert(firm, unit, due, due.plusDays(13), isExempt, by);
                if (isExempt) {
                    exempt++;
                } else {
                    created++;
                }
            }
        }
        return new Outcome(created, exempt, open, capped);
    }

    private LocalDate lastInspected(UUID firm, UUID unit) {
        return jdbc.sql("""
                SELECT max(d) FROM (
                    SELECT (started_at AT TIME ZONE 'Asia/Shanghai')::date AS d FROM inspection_record
                    WHERE enterprise_id = :firm AND unit_id = :unit
                    UNION ALL
                    SELECT pi.visit_date FROM planned_inspection pi JOIN inspection_plan p ON p.id = pi.plan_id
                    WHERE p.status = 'PUBLISHED' AND pi.enterprise_id = :firm AND :unit = ANY (pi.unit_ids)
                    UNION ALL
                    SELECT latest FROM inspection_demand WHERE enterprise_id = :firm AND unit_id = :unit
                      AND kind = 'ROUTINE') seen""")
                .param("firm", firm).param("unit", unit).query(LocalDate.class).optional().orElse(null);
    }

    private boolean hasOpenDemand(UUID firm, UUID unit) {
        return jdbc.sql("SELECT count(*) > 0 FROM inspection_demand WHERE enterprise_id = ? AND unit_id = ? "
                + "AND status = 'OPEN'").params(firm, unit).query(Boolean.class).single();
    }

    private int demandsThisYear(UUID firm, UUID unit, int year) {
        return jdbc.sql("""
                SELECT count(*) FROM inspection_demand WHERE enterprise_id = ? AND unit_id = ? AND status <> 'DROPPED'
                  AND extract(year FROM earliest) = ?""").params(firm, unit, year).query(Integer.class).single();
    }

    private int routineThisYear(UUID firm, UUID unit, int year) {
        return jdbc.sql("""
                SELECT count(*) FROM inspection_demand WHERE enterprise_id = ? AND unit_id = ? AND kind = 'ROUTINE'
                  AND extract(year FROM earliest) = ?""").params(firm, unit, year).query(Integer.class).single();
    }

    private void insert(UUID firm, UUID unit, LocalDate earliest, LocalDate latest, boolean exempt, String by) {
        jdbc.sql("""
                INSERT INTO inspection_demand (id, enterprise_id, unit_id, forms, earliest, latest, minutes, kind,
                    status, drop_reason, created_by) VALUES (?, ?, ?, '', ?, ?, 60, 'ROUTINE', ?, ?, ?)""")
                .params(UUID.randomUUID(), firm, unit, earliest, latest, exempt ? "DROPPED" : "OPEN",
                        exempt ? "EXEMPT" : null, by).update();
    }
}
