package org.fengqiao.inspection.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 可联合综合查: groups each firm's demands into the fewest visits whose windows share a day. Sorting by the latest
 * date and opening a new visit on the first demand not yet covered is the classic interval-stabbing greedy,
 * which is optimal; that count, on the raw windows, is the lower bound on visits. For planning, the same greedy
 * runs on the days each demand can really be served (its department has the minutes that day), so that a group
 * never meets on a weekend only.
 */
final class VisitMerging {

    /** Demands of one firm that can be served together on {@code day} (and maybe other days). */
    record Bundle(String shopId, List<Demand> demands, LocalDate day) {
    }

    private VisitMerging() {
    }

    /** Fewest visits that meet every window, capacity ignored. */
    static int lowerBound(List<Demand> demands) {
        int count = 0;
        for (List<Demand> list : byShop(demands).values()) {
            list.sort(Comparator.comparing(Demand::latest));
            LocalDate stab = null;
            for (Demand d : list) {
                if (stab == null || d.earliest().isAfter(stab)) {
                    stab = d.latest();
                    count++;
                }
            }
        }
        return count;
    }

    /** Groups for planning; a demand whose department has no day for it forms a group alone (day null). */
    static List<Bundle> merge(List<Demand> demands, Capacities capacities) {
        List<Bundle> bundles = new ArrayList<>();
        for (Map.Entry<String, List<Demand>> shop : byShop(demands).entrySet()) {
            List<Demand> list = shop.getValue();
            Map<Demand, LocalDate> last = new LinkedHashMap<>();
            list.forEach(d -> last.put(d, lastServiceDay(d, capacities)));
            list.sort(Comparator.comparing((Demand d) -> last.get(d), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Demand::earliest).thenComparing(Demand::id));
            List<LocalDate> days = new ArrayList<>();
            List<List<Demand>> groups = new ArrayList<>();
            for (Demand d : list) {
                int joined = -1;
                for (int g = groups.size() - 1; g >= 0 && joined < 0; g--) {
                    if (days.get(g) != null && serviceable(d, days.get(g), capacities)) {
                        joined = g;
                    }
                }
                if (joined >= 0) {
                    groups.get(joined).add(d);
                } else {
                    groups.add(new ArrayList<>(List.of(d)));
                    days.add(last.get(d));
                }
            }
            for (int g = 0; g < groups.size(); g++) {
                bundles.add(new Bundle(shop.getKey(), List.copyOf(groups.get(g)), days.get(g)));
            }
        }
        return bundles;
    }

    static boolean serviceable(Demand d, LocalDate day, Capacities capacities) {
        return d.allows(day) && capacities.of(d.department(), day) >= d.minutes();
    }

    private static LocalDate lastServiceDay(Demand d, Capacities capacities) {
        for (LocalDate day = d.latest(); !day.isBefore(d.earliest()); day = day.minusDays(1)) {
            if (capacities.of(d.department(), day) >= d.minutes()) {
                return day;
            }
        }
        return null;
    }

    private static Map<String, List<Demand>> byShop(List<Demand> demands) {
        Map<String, List<Demand>> byShop = new LinkedHashMap<>();
        for (Demand d : demands) {
            byShop.computeIfAbsent(d.shopId(), k -> new ArrayList<>()).add(d);
        }
        return byShop;
    }
}
