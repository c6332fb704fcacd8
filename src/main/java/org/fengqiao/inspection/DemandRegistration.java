package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.UUID;

import org.fengqiao.inspection.planner.DemandKind;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments register inspection demands. A routine demand on an exempt firm is dropped at once (无事不扰); a
 * triggered one lifts the exemption and regrades the firm; no department exceeds its yearly cap on one firm.
 */
@Service
class DemandRegistration {

    /** What a department asks for. */
    record DemandForm(UUID enterpriseId, UUID unitId, String forms, LocalDate earliest, LocalDate latest,
            Integer minutes, String kind) {
    }

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Units units;
    private final ExemptionList exemptions;
    private final Grading grading;
    private final InspectionSettings settings;

    DemandRegistration(JdbcClient jdbc, Enterprises enterprises, Units units, ExemptionList exemptions,
            Grading grading, InspectionSettings settings) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.units = units;
        this.exemptions = exemptions;
        this.grading = grading;
        this.settings = settings;
    }

    @Transactional
    UUID register(Actor actor, DemandForm f) {
        if (!actor.hasAny(Role.ADMIN, Role.HANDLER, Role.HEAD)) {
            throw new Forbidden("inspection.error.role");
        }
        if (f.enterpriseId() == null) {
            throw new InvalidInput("enterpriseId", "inspection.error.required");
        }
        enterprises.visibleTo(actor, new EnterpriseId(f.enterpriseId()));
        Unit unit = f.unitId() == null ? null : units.find(f.unitId()).orElse(null);
        if (unit == null || unit.kind() != UnitKind.DEPARTMENT) {
            throw new InvalidInput("unitId", "inspection.error.department");
        }
        if (!actor.has(Role.ADMIN) && !actor.memberOf(unit.id())) {
            throw new Forbidden("inspection.error.notYourDepartment");
        }
        DemandKind kind = kind(f.kind());
        LocalDate earliest = required(f.earliest(), "earliest");
        LocalDate latest = required(f.latest(), "latest");
        if (latest.isBefore(earliest)) {
            throw new InvalidInput("latest", "inspection.error.window");
        }
        if (latest.isAfter(earliest.plusDays(366))) {
            throw new InvalidInput("latest", "inspection.error.windowTooLong");
        }
        int minutes = f.minutes() == null ? 60 : f.minutes();
        if (minutes < 5 || minutes > 960) {
            throw new InvalidInput("minutes", "inspection.error.minutes");
        }
        int thisYear = jdbc.sql("""
                SELECT count(*) FROM inspection_demand WHERE enterprise_id = ? AND unit_id = ? AND status <> 'DROPPED'
                  AND extract(year FROM earliest) = ?""").params(f.enterpriseId(), unit.id(), earliest.getYear())
                .query(Integer.class).single();
        if (thisYear >= settings.yearlyCap()) {
            throw new InvalidInput("enterpriseId", "inspection.error.yearlyCap", settings.yearlyCap());
        }
        String dropped = null;
        if (kind == DemandKind.TRIGGERED) {
            exemptions.lift(f.enterpriseId(), "inspection.exemption.liftedByTrigger|" + unit.name(),
                    actor.username());
        } else if (exemptions.isExempt(f.enterpriseId())) {
            dropped = "EXEMPT";
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO inspection_demand (id, enterprise_id, unit_id, forms, earliest, latest, minutes, kind,
                    status, drop_reason, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, f.enterpriseId(), unit.id(), f.forms() == null ? "" : f.forms().strip(), earliest, latest,
                        minutes, kind.name(), dropped == null ? "OPEN" : "DROPPED", dropped, actor.username())
                .update();
        if (kind == DemandKind.TRIGGERED) {
            grading.recompute(f.enterpriseId());
        }
        return id;
    }

    private static DemandKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return DemandKind.ROUTINE;
        }
        try {
            return DemandKind.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "inspection.error.kind", raw);
        }
    }

    private static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInput(field, "inspection.error.required");
        }
        return date;
    }
}
