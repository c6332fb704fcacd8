package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline a command room gets by hand: demands in the order they arrive, each joining a visit already
 * planned at the firm when its window and capacity allow, otherwise booked on the first day with capacity.
 */
public final class GreedyPlanner {

    public PlanResult plan(PlanningProblem problem) {
        long start = System.nanoTime();
        Intake intake = new Intake(problem);
        DayBook book = new DayBook(problem.capacities());
        List<Unplaced> unplaced = new ArrayList<>(intake.dropped);
        for (Demand d : intake.kept) {
            LocalDate date = book.visitDates(d.shopId()).stream().filter(day -> book.fits(d, day)).findFirst()
                    .orElseGet(() -> firstFree(book, d));
            if (date == null) {
                unplaced.add(new Unplaced(d, book.whyNot(d)));
            } else {
                book.place(d, date);
            }
        }
        return new PlanResult(book.plannedVisits(), unplaced, problem.demands().size(),
                VisitMerging.lowerBound(intake.kept), System.nanoTime() - start, "greedy");
    }

    private static LocalDate firstFree(DayBook book, Demand d) {
        for (LocalDate day = d.earliest(); !day.isAfter(d.latest()); day = day.plusDays(1)) {
            if (book.fits(d, day)) {
                return day;
            }
        }
        return null;
    }
}
