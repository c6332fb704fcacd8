package org.fengqiao.inspection.planner;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the planner needs: firms, demands and the departments' daily capacity. */
public record PlanningProblem(List<Shop> shops, List<Demand> demands, Capacities capacities) {

    public PlanningProblem {
        shops = List.copyOf(shops);
        demands = List.copyOf(demands);
    }

    public Map<String, Shop> shopsById() {
        return shops.stream().collect(Collectors.toMap(Shop::id, Function.identity(), (a, b) -> a));
    }
}
