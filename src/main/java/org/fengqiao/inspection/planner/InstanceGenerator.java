package org.fengqiao.inspection.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fengqiao.inspection.RiskGrade;

/**
 * Realistic planning instances in the shape of Nanhu's: firms graded A/B/C (15/35/50%), about 2% of them exempt
 * (54 of 2,619 there), demands per firm rising with risk, routine windows of one to three weeks, triggered
 * demands (8%) due within three days, and each department staffed Monday to Friday with {@code slack} times the
 * minutes its demands need.
 *
 * @param firms            number of firms
 * @param departments      number of departments (at most 7)
 * @param weeks            planning horizon
 * @param demandsPerFirm   mean demands per firm
 * @param slack            capacity over need (1.0 = just enough minutes in total; below 1, some must be left)
 * @param start            first day (a Monday)
 * @param seed             random seed: the same parameters give the same instance
 */
public record InstanceGenerator(int firms, int departments, int weeks, double demandsPerFirm, double slack,
        LocalDate start, long seed) {

    static final List<String> DEPARTMENTS = List.of("market", "fire", "safety", "environment", "health", "housing",
            "police");
    private static final int[] BASE_MINUTES = {60, 45, 60, 90, 45, 60, 30};

    public InstanceGenerator {
        if (firms < 1 || departments < 1 || departments > DEPARTMENTS.size() || weeks < 1 || demandsPerFirm <= 0
                || slack <= 0) {
            throw new IllegalArgumentException("firms>=1, 1<=departments<=7, weeks>=1, demands>0, slack>0");
        }
    }

    public PlanningProblem generate() {
        Random random = new Random(seed);
        int days = weeks * 7;
        List<Shop> shops = new ArrayList<>(firms);
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            double r = random.nextDouble();
            RiskGrade risk = r < 0.15 ? RiskGrade.A : r < 0.50 ? RiskGrade.B : RiskGrade.C;
            boolean exempt = risk == RiskGrade.C && random.nextDouble() < 0.04;
            String id = String.format("S%05d", i + 1);
            shops.add(new Shop(id, "商户" + (i + 1), 30.70 + random.nextDouble() * 0.12,
                    120.70 + random.nextDouble() * 0.16, risk, exempt));
            double mean = demandsPerFirm * (risk == RiskGrade.A ? 1.4 : risk == RiskGrade.B ? 1.05 : 0.8);
            int count = Math.min(departments, poisson(random, mean));
            List<Integer> depts = new ArrayList<>();
            for (int d = 0; d < departments; d++) {
                depts.add(d);
            }
            Collections.shuffle(depts, random);
            for (int k = 0; k < count; k++) {
                demands.add(demand(random, id, depts.get(k), days, demands.size()));
            }
        }
        return new PlanningProblem(shops, demands, capacities(demands, days));
    }

    private Demand demand(Random random, String shop, int dept, int days, int n) {
        boolean triggered = random.nextDouble() < 0.08;
        int length = triggered ? 1 + random.nextInt(3) : 7 + random.nextInt(15);
        int first;
        do {
            first = random.nextInt(Math.max(1, days - length + 1));
        } while (weekend(start.plusDays(first)) && weekend(start.plusDays(Math.min(days - 1, first + length - 1))));
        LocalDate earliest = start.plusDays(first);
        LocalDate latest = start.plusDays(Math.min(days - 1, first + length - 1));
        int minutes = Math.max(15, (BASE_MINUTES[dept] + 15 * (random.nextInt(3) - 1)));
        return new Demand("d" + (n + 2), shop, DEPARTMENTS.get(dept), earliest, latest, minutes,
                triggered ? DemandKind.TRIGGERED : DemandKind.ROUTINE);
    }

    private Capacities capacities(List<Demand> demands, int days) {
        Map<String, Integer> need = new HashMap<>();
        demands.forEach(d -> need.merge(d.department(), d.minutes(), Integer::sum));
        List<LocalDate> workdays = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = start.plusDays(i);
            if (!weekend(day)) {
                workdays.add(day);
            }
        }
        Map<String, Map<LocalDate, Integer>> minutes = new HashMap<>();
        for (int d = 0; d < departments; d++) {
            String dept = DEPARTMENTS.get(d);
            int perDay = (int) Math.ceil(slack * need.getOrDefault(dept, 0) / workdays.size() / 30.0) * 30;
            Map<LocalDate, Integer> byDay = new HashMap<>();
            workdays.forEach(day -> byDay.put(day, perDay));
            minutes.put(dept, byDay);
        }
        return new Capacities(minutes);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return Math.max(1, k - 1);
    }

    /** Writes shops.csv, demands.csv and capacity.csv into {@code dir}. */
    public static void write(PlanningProblem p, java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        StringBuilder s = new StringBuilder("id,name,lat,lon,risk,exempt\n");
        p.shops().forEach(x -> s.append(String.format(java.util.Locale.ROOT, "%s,%s,%.6f,%.6f,%s,%s%n", x.id(),
                PlanFiles.cell(x.name()), x.latitude(), x.longitude(), x.risk(), x.exempt())));
        StringBuilder d = new StringBuilder("shop_id,department,earliest,latest,minutes,kind\n");
        p.demands().forEach(x -> d.append(String.join(",", x.shopId(), x.department(), x.earliest().toString(),
                x.latest().toString(), String.valueOf(x.minutes()), x.kind().name().toLowerCase())).append('\n'));
        StringBuilder c = new StringBuilder("department,date,minutes\n");
        p.capacities().minutes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue()
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> c.append(e.getKey()).append(',').append(x.getKey()).append(',').append(x.getValue())
                        .append('\n')));
        java.nio.file.Files.writeString(dir.resolve("shops.csv"), s);
        java.nio.file.Files.writeString(dir.resolve("demands.csv"), d);
        java.nio.file.Files.writeString(dir.resolve("capacity.csv"), c);
    }
}
