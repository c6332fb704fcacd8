package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.DiminishedReturnsTerminationConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Builds a joint plan in three steps: merge each firm's demands into the fewest candidate visits (可联合综合查);
 * let Timefold Solver date those visits under each department's daily capacity (first-fit-decreasing, then
 * local search within the time limit); split the visits it could not place and book their demands one by one,
 * highest priority first, joining the firm's other visits where possible, or making room by moving a visit of
 * lower priority to another day (for at most the unimproved limit). Thread-safe; one call, one run.
 */
public final class JointPlanner {

    private final PlannerSettings settings;

    public JointPlanner(PlannerSettings settings) {
        this.settings = settings;
    }

    public PlanResult plan(PlanningProblem problem) {
        return plan(problem, p -> { });
    }

    public PlanResult plan(PlanningProblem problem, Consumer<PlanProgress> progress) {
        long start = System.nanoTime();
        Intake intake = new Intake(problem);
        Map<String, Shop> shops = problem.shopsById();
        List<VisitMerging.Bundle> bundles = VisitMerging.merge(intake.kept, problem.capacities());
        List<CandidateVisit> candidates = candidates(bundles, shops, problem.capacities());
        progress.accept(new PlanProgress("merging", 0, candidates.size(), "", elapsed(start)));
        VisitSchedule solved = solve(candidates, progress, start);

        DayBook book = new DayBook(problem.capacities());
        List<Demand> leftOver = new ArrayList<>();
        for (CandidateVisit v : solved.getVisits()) {
            if (v.getDate() == null) {
                leftOver.addAll(v.getDemands());
            } else {
                v.getDemands().forEach(d -> book.place(d, v.getDate()));
            }
        }
        progress.accept(new PlanProgress("repairing", candidates.size() - leftOverVisits(solved),
                candidates.size(), String.valueOf(solved.getScore()), elapsed(start)));
        List<Unplaced> unplaced = new ArrayList<>(intake.dropped);
        leftOver.sort(Comparator.comparingLong((Demand d) -> -Intake.priority(d, shops.get(d.shopId())))
                .thenComparing(Demand::latest).thenComparing(Demand::id));
        long ejectUntil = System.nanoTime() + settings.unimprovedLimit().toNanos();
        for (Demand d : leftOver) {
            LocalDate date = repairDate(book, d);
            if (date == null && System.nanoTime() < ejectUntil) {
                date = makeRoom(book, d, shops);
            }
            if (date == null) {
                unplaced.add(new Unplaced(d, book.whyNot(d)));
            } else {
                book.place(d, date);
            }
        }
        PlanResult result = new PlanResult(book.plannedVisits(), unplaced, problem.demands().size(),
                VisitMerging.lowerBound(intake.kept), System.nanoTime() - start, String.valueOf(solved.getScore()));
        progress.accept(new PlanProgress("done", candidates.size() - leftOverVisits(solved), candidates.size(),
                String.valueOf(solved.getScore()), elapsed(start)));
        return result;
    }

    private VisitSchedule solve(List<CandidateVisit> candidates, Consumer<PlanProgress> progress, long start) {
        List<CandidateVisit> placeable = candidates.stream().filter(v -> !v.getPossibleDates().isEmpty()).toList();
        if (placeable.isEmpty()) {
            return new VisitSchedule(candidates);
        }
        Solver<VisitSchedule> solver = SolverFactory.<VisitSchedule>create(config()).buildSolver();
        progress.accept(new PlanProgress("solving", 0, candidates.size(), "", elapsed(start)));
        solver.addEventListener(e -> progress.accept(new PlanProgress("solving",
                placeable.size() - leftOverVisits(e.getNewBestSolution()), candidates.size(),
                String.valueOf(e.getNewBestScore()), elapsed(start))));
        VisitSchedule best = solver.solve(new VisitSchedule(new ArrayList<>(placeable)));
        List<CandidateVisit> all = new ArrayList<>(best.getVisits());
        candidates.stream().filter(v -> v.getPossibleDates().isEmpty()).forEach(all::add);
        VisitSchedule merged = new VisitSchedule(all);
        return merged.withScoreOf(best);
    }

    private SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(VisitSchedule.class)
                .withEntityClasses(CandidateVisit.class)
                .withConstraintProviderClass(VisitConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(settings.timeLimit())
                        .withUnimprovedSpentLimit(settings.unimprovedLimit()))
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                                .withDiminishedReturnsConfig(new DiminishedReturnsTerminationConfig()
                                        .withSlidingWindowDuration(settings.unimprovedLimit())
                                        .withMinimumImprovementRatio(0.0005))));
    }

    /** A split demand goes where the firm is visited anyway, else to the day its department is least loaded. */
    private static LocalDate repairDate(DayBook book, Demand d) {
        for (LocalDate day : book.visitDates(d.shopId())) {
            if (book.fits(d, day)) {
                return day;
            }
        }
        LocalDate best = null;
        for (LocalDate day = d.earliest(); !day.isAfter(d.latest()); day = day.plusDays(1)) {
            if (book.fits(d, day) && (best == null || book.left(d.department(), day) > book.left(d.department(), best))) {
                best = day;
            }
        }
        return best;
    }

    /**
     * One ejection step: moves a whole visit of lower priority off a day in the demand's window to another day
     * that suits all its demands, if that frees enough of the department's minutes.
     */
    private static LocalDate makeRoom(DayBook book, Demand d, Map<String, Shop> shops) {
        long priority = Intake.priority(d, shops.get(d.shopId()));
        for (LocalDate day = d.earliest(); !day.isAfter(d.latest()); day = day.plusDays(1)) {
            if (book.left(d.department(), day) < d.minutes()) {
                for (String shop : book.shopsVisitedBy(d.department(), day)) {
                    List<Demand> visit = book.visit(shop, day);
                    if (shop.equals(d.shopId()) || visit.stream()
                            .anyMatch(v -> Intake.priority(v, shops.get(v.shopId())) > priority)) {
                        continue;
                    }
                    LocalDate target = relocate(book, shop, day, visit);
                    if (target != null && book.fits(d, day)) {
                        return day;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate relocate(DayBook book, String shop, LocalDate from, List<Demand> visit) {
        book.remove(shop, from);
        List<LocalDate> days = new ArrayList<>(book.visitDates(shop));
        LocalDate earliest = visit.stream().map(Demand::earliest).max(LocalDate::compareTo).orElseThrow();
        LocalDate latest = visit.stream().map(Demand::latest).min(LocalDate::compareTo).orElseThrow();
        for (LocalDate day = earliest; !day.isAfter(latest); day = day.plusDays(1)) {
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        for (LocalDate day : days) {
            if (!day.equals(from) && book.fitsAll(visit, day)) {
                visit.forEach(v -> book.place(v, day));
                return day;
            }
        }
        visit.forEach(v -> book.place(v, from));
        return null;
    }

    static List<CandidateVisit> candidates(List<VisitMerging.Bundle> bundles, Map<String, Shop> shops,
            Capacities capacities) {
        List<CandidateVisit> out = new ArrayList<>(bundles.size());
        int n = 0;
        for (VisitMerging.Bundle b : bundles) {
            Map<String, Integer> minutes = new java.util.HashMap<>();
            b.demands().forEach(d -> minutes.merge(d.department(), d.minutes(), Integer::sum));
            LocalDate from = b.demands().stream().map(Demand::earliest).max(LocalDate::compareTo).orElseThrow();
            LocalDate to = b.demands().stream().map(Demand::latest).min(LocalDate::compareTo).orElseThrow();
            List<LocalDate> dates = new ArrayList<>();
            for (LocalDate day = from; b.day() != null && !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate date = day;
                if (minutes.entrySet().stream().allMatch(e -> capacities.of(e.getKey(), date) >= e.getValue())) {
                    dates.add(day);
                }
            }
            long weight = b.demands().stream().mapToLong(d -> Intake.priority(d, shops.get(d.shopId()))).sum();
            out.add(new CandidateVisit("v" + (n++), b.shopId(), b.demands(), capacities, dates, weight));
        }
        return out;
    }

    private static int leftOverVisits(VisitSchedule s) {
        return (int) s.getVisits().stream().filter(v -> v.getDate() == null).count();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
