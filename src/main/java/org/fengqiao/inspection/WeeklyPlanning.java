package org.fengqiao.inspection;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.fengqiao.inspection.planner.Capacities;
import org.fengqiao.inspection.planner.Demand;
import org.fengqiao.inspection.planner.DemandKind;
import org.fengqiao.inspection.planner.JointPlanner;
import org.fengqiao.inspection.planner.PlanProgress;
import org.fengqiao.inspection.planner.PlanResult;
import org.fengqiao.inspection.planner.PlannedVisit;
import org.fengqiao.inspection.planner.PlannerSettings;
import org.fengqiao.inspection.planner.PlanningProblem;
import org.fengqiao.inspection.planner.Shop;
import org.fengqiao.inspection.planner.Unplaced;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.Role;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command room's weekly joint plan for one town: open demands of the week, minus those covered by a recent
 * inspection of the same department (已覆盖无需查) and routine ones on exempt firms (无事不扰), planned by the
 * {@link JointPlanner} in the background with progress to watch; then reviewed, edited and published.
 */
@Service
class WeeklyPlanning {

    /** A planning run as the page polls it. */
    static final class Run {
        final UUID id = UUID.randomUUID();
        final String owner;
        volatile PlanProgress progress = new PlanProgress("queued", 0, 0, "", 0);
        volatile UUID planId;
        volatile boolean failed;

        Run(String owner) {
            this.owner = owner;
        }

        public UUID id() {
            return id;
        }

        public PlanProgress progress() {
            return progress;
        }

        public boolean failed() {
            return failed;
        }

        public int percent() {
            return switch (progress.phase()) {
                case "queued" -> 0;
                case "merging" -> 5;
                case "solving" -> progress.candidates() == 0 ? 10
                        : 10 + 80 * progress.placed() / progress.candidates();
                case "repairing" -> 92;
                default -> 100;
            };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WeeklyPlanning.class);

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final JointPlans plans;
    private final Grading grading;
    private final ExemptionList exemptions;
    private final InspectionSettings settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "joint-planner"));

    WeeklyPlanning(JdbcClient jdbc, Jurisdictions jurisdictions, JointPlans plans, Grading grading,
            ExemptionList exemptions, InspectionSettings settings, TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.plans = plans;
        this.grading = grading;
        this.exemptions = exemptions;
        this.settings = settings;
        this.tx = tx;
        this.events = events;
    }

    static boolean mayPlan(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.DISPATCHER);
    }

    /** Starts planning; returns the run to watch. */
    Run start(Actor actor, String townCode, LocalDate weekStart) {
        Jurisdiction town = town(actor, townCode);
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidInput("weekStart", "inspection.error.monday");
        }
        Run run = new Run(actor.username());
        runs.put(run.id, run);
        worker.submit(() -> build(run, town, weekStart));
        return run;
    }

    Run run(Actor actor, UUID id) {
        Run run = runs.get(id);
        if (run == null || !run.owner.equals(actor.username())) {
            throw new NotFound("planning run", id);
        }
        return run;
    }

    JointPlan plan(Actor actor, UUID id) {
        JointPlan plan = plans.get(id);
        if (!actor.covers(plan.townPath())) {
            throw new NotFound("plan", id);
        }
        return plan;
    }

    @Transactional
    void publish(Actor actor, UUID planId, long version) {
        JointPlan plan = plan(actor, planId);
        if (!mayPlan(actor)) {
            throw new Forbidden("inspection.error.commandRoomOnly");
        }
        if (plan.published()) {
            throw new InvalidInput("planId", "inspection.error.alreadyPublished");
        }
        plans.publish(planId, version, actor.username());
        events.publishEvent(new InspectionPlanPublished(planId, plan.townId(), plan.weekStart(),
                plans.visits(planId).size(), actor.username()));
    }

    /** Moves a visit of a draft to another day that suits every demand it serves. */
    @Transactional
    void move(Actor actor, UUID planId, long version, UUID visitId, LocalDate date) {
        JointPlan plan = plan(actor, planId);
        if (!mayPlan(actor)) {
            throw new Forbidden("inspection.error.commandRoomOnly");
        }
        if (plan.published()) {
            throw new InvalidInput("planId", "inspection.error.alreadyPublished");
        }
        PlannedInspection visit = plans.visit(visitId).filter(v -> v.planId().equals(planId))
                .orElseThrow(() -> new NotFound("visit", visitId));
        if (date == null || date.isBefore(plan.weekStart()) || date.isAfter(plan.weekStart().plusDays(6))) {
            throw new InvalidInput("date", "inspection.error.outsideWeek");
        }
        boolean fits = jdbc.sql("SELECT bool_and(? BETWEEN earliest AND latest) FROM inspection_demand WHERE id = ANY(?)")
                .params(date, visit.demandIds().toArray(UUID[]::new)).query(Boolean.class).single();
        if (!fits) {
            throw new InvalidInput("date", "inspection.error.outsideWindow");
        }
        plans.touch(planId, version);
        plans.moveVisit(visitId, date);
    }

    private Jurisdiction town(Actor actor, String code) {
        if (!mayPlan(actor)) {
            throw new Forbidden("inspection.error.commandRoomOnly");
        }
        Jurisdiction town = Optional.ofNullable(code).flatMap(jurisdictions::findByCode)
                .filter(j -> j.level() == JurisdictionLevel.TOWN)
                .orElseThrow(() -> new InvalidInput("town", "inspection.error.town", code == null ? "" : code));
        if (!actor.covers(town.path())) {
            throw new Forbidden("inspection.error.notYourTown");
        }
        return town;
    }

    private void build(Run run, Jurisdiction town, LocalDate monday) {
        try {
            LocalDate sunday = monday.plusDays(6);
            List<Map<String, Object>> rows = jdbc.sql("""
                    SELECT d.id, d.enterprise_id, d.unit_id, d.earliest, d.latest, d.minutes, d.kind, e.name,
                      EXISTS (SELECT 1 FROM planned_inspection pi JOIN inspection_plan p ON p.id = pi.plan_id
                              WHERE p.status = 'PUBLISHED' AND pi.enterprise_id = d.enterprise_id
                                AND d.unit_id = ANY(pi.unit_ids) AND pi.visit_date < ?
                                AND pi.visit_date >= d.earliest - ?::int) AS covered
                    FROM inspection_demand d JOIN enterprise e ON e.id = d.enterprise_id
                    WHERE d.status = 'OPEN' AND e.jurisdiction_path LIKE ? AND d.earliest <= ? AND d.latest >= ?""")
                    .params(monday, settings.coverageDays(), town.path() + "%", sunday, monday).query().listOfRows();
            List<Demand> demands = new ArrayList<>();
            List<UUID> covered = new ArrayList<>();
            Map<String, Shop> shops = new HashMap<>();
            Map<String, Map<LocalDate, Integer>> capacity = new HashMap<>();
            for (Map<String, Object> r : rows) {
                UUID id = (UUID) r.get("id");
                boolean triggered = "TRIGGERED".equals(r.get("kind"));
                if (!triggered && Boolean.TRUE.equals(r.get("covered"))) {
                    covered.add(id);
                    continue;
                }
                UUID firm = (UUID) r.get("enterprise_id");
                shops.computeIfAbsent(firm.toString(), k -> new Shop(k, (String) r.get("name"), Double.NaN,
                        Double.NaN, grading.of(firm).effective(), exemptions.isExempt(firm)));
                LocalDate earliest = max(((java.sql.Date) r.get("earliest")).toLocalDate(), monday);
                LocalDate latest = min(((java.sql.Date) r.get("latest")).toLocalDate(), sunday);
                if (!hasWeekday(earliest, latest)) {
                    continue;
                }
                String unit = r.get("unit_id").toString();
                demands.add(new Demand(id.toString(), firm.toString(), unit,
                        earliest, latest,
                        (Integer) r.get("minutes"), triggered ? DemandKind.TRIGGERED : DemandKind.ROUTINE));
                capacity.computeIfAbsent(unit, k -> weekdays(monday));
            }
            PlanResult result = new JointPlanner(new PlannerSettings(settings.planTimeLimit(), Duration.ofSeconds(1)))
                    .plan(new PlanningProblem(List.copyOf(shops.values()), demands, new Capacities(capacity)),
                            p -> run.progress = p);
            String summary = result.summary() + " covered=" + covered.size();
            run.planId = tx.execute(s -> save(run.owner, town, monday, summary, result, covered));
            run.progress = new PlanProgress("done", run.progress.placed(), run.progress.candidates(),
                    run.progress.score(), run.progress.elapsedMillis());
        } catch (RuntimeException e) {
            log.error("Planning {} for {} failed", monday, town.code(), e);
            run.failed = true;
        }
    }

    /** A demand whose window meets this week only on a weekend waits for another week. */
    private static boolean hasWeekday(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private Map<LocalDate, Integer> weekdays(LocalDate monday) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            days.put(monday.plusDays(i), settings.dailyMinutes());
        }
        return days;
    }

    private UUID save(String by, Jurisdiction town, LocalDate monday, String summary, PlanResult result,
            List<UUID> covered) {
        UUID planId = plans.insert(town.id(), town.path(), monday, summary, by);
        for (PlannedVisit v : result.visits()) {
            plans.addVisit(planId, UUID.fromString(v.shopId()), v.date(),
                    v.departments().stream().map(UUID::fromString).toList(),
                    v.demands().stream().map(d -> UUID.fromString(d.id())).toList());
        }
        covered.forEach(id -> plans.addLeftover(planId, id, "COVERED"));
        for (Unplaced u : result.unplaced()) {
            plans.addLeftover(planId, UUID.fromString(u.demand().id()), u.reason().name());
        }
        return planId;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
