package org.fengqiao.inspection.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 无事不扰: routine demands on exempt firms are dropped before planning; triggered ones always stay. */
final class Intake {

    final List<Demand> kept = new ArrayList<>();
    final List<Unplaced> dropped = new ArrayList<>();

    Intake(PlanningProblem problem) {
        Map<String, Shop> shops = problem.shopsById();
        for (Demand d : problem.demands()) {
            Shop shop = shops.get(d.shopId());
            if (shop != null && shop.exempt() && d.kind() == DemandKind.ROUTINE) {
                dropped.add(new Unplaced(d, Unplaced.Reason.EXEMPT));
            } else {
                kept.add(d);
            }
        }
    }

    /**
     * Triggered demands outrank any routine visit (even one serving all seven departments); among equals, higher
     * risk first.
     */
    static long priority(Demand d, Shop shop) {
        int risk = shop == null ? 1 : shop.risk().weight();
        return (d.kind() == DemandKind.TRIGGERED ? 1000 : 0) + 10L * risk;
    }
}
