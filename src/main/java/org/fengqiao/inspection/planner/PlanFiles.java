package org.fengqiao.inspection.planner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.fengqiao.inspection.RiskGrade;
import org.fengqiao.shared.InvalidInput;

/**
 * The CSV files of {@code ./fengqiao plan}: {@code shops (id,name,lat,lon,risk,exempt)}, {@code demands
 * (shop_id,department,earliest,latest,minutes,kind)}, {@code capacity (department,date,minutes)} in, the plan
 * {@code (shop_id,date,departments)} out. A header row is required; any bad value stops the read with a
 * {@link PlanFileError} naming file, line and column.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    public static PlanningProblem read(Path shops, Path demands, Path capacity) {
        List<Shop> shopList = rows(shops, List.of("id", "name", "lat", "lon", "risk", "exempt"), PlanFiles::shop);
        Set<String> ids = new java.util.HashSet<>();
        for (Shop s : shopList) {
            if (!ids.add(s.id())) {
                throw new PlanFileError(shops.toString(), 0, "id", "duplicate shop id " + s.id());
            }
        }
        List<Demand> demandList = rows(demands,
                List.of("shop_id", "department", "earliest", "latest", "minutes", "kind"), PlanFiles::demand);
        for (int i = 0; i < demandList.size(); i++) {
            if (!ids.contains(demandList.get(i).shopId())) {
                throw new PlanFileError(demands.toString(), i + 2, "shop_id",
                        "unknown shop " + demandList.get(i).shopId());
            }
        }
        Map<String, Map<LocalDate, Integer>> minutes = new HashMap<>();
        rows(capacity, List.of("department", "date", "minutes"), (cells, at) -> {
            int m = integer(cells.get(2), at.apply("minutes"), 0);
            minutes.computeIfAbsent(cells.get(0), k -> new HashMap<>()).merge(date(cells.get(1), at.apply("date")), m,
                    Integer::sum);
            return m;
        });
        return new PlanningProblem(shopList, demandList, new Capacities(minutes));
    }

    public static void writePlan(PlanResult result, Path out) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("shop_id,date,departments\n");
            for (PlannedVisit v : result.visits()) {
                w.write(cell(v.shopId()) + "," + v.date() + "," + cell(String.join(";", v.departments())) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeUnplaced(PlanResult result, Path out) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("shop_id,department,earliest,latest,minutes,kind,reason\n");
            for (Unplaced u : result.unplaced()) {
                Demand d = u.demand();
                w.write(String.join(",", cell(d.shopId()), cell(d.department()), d.earliest().toString(),
                        d.latest().toString(), String.valueOf(d.minutes()), d.kind().name().toLowerCase(),
                        u.reason().name().toLowerCase()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Shop shop(List<String> c, java.util.function.Function<String, Where> at) {
        String id = required(c.get(0), at.apply("id"));
        RiskGrade risk;
        try {
            risk = RiskGrade.parse(c.get(4), "risk");
        } catch (InvalidInput e) {
            throw at.apply("risk").error("risk must be A, B or C, not '" + c.get(4) + "'");
        }
        return new Shop(id, c.get(1), decimal(c.get(2), at.apply("lat")), decimal(c.get(3), at.apply("lon")), risk,
                bool(c.get(5), at.apply("exempt")));
    }

    private static Demand demand(List<String> c, java.util.function.Function<String, Where> at) {
        LocalDate earliest = date(c.get(2), at.apply("earliest"));
        LocalDate latest = date(c.get(3), at.apply("latest"));
        if (latest.isBefore(earliest)) {
            throw at.apply("latest").error("latest " + latest + " is before earliest " + earliest);
        }
        DemandKind kind = switch (c.get(5).strip().toLowerCase()) {
            case "routine" -> DemandKind.ROUTINE;
            case "triggered" -> DemandKind.TRIGGERED;
            default -> throw at.apply("kind").error("kind must be routine or triggered, not '" + c.get(5) + "'");
        };
        Where where = at.apply("shop_id");
        return new Demand("d" + where.line, required(c.get(0), where), required(c.get(1), at.apply("department")),
                earliest, latest, integer(c.get(4), at.apply("minutes"), 1), kind);
    }

    /** Where a cell is, to make an error out of it. */
    record Where(String file, int line, String column) {
        PlanFileError error(String problem) {
            return new PlanFileError(file, line, column, problem);
        }
    }

    private static <T> List<T> rows(Path file, List<String> header,
            BiFunction<List<String>, java.util.function.Function<String, Where>, T> row) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFileError(file.toString(), 0, null, "cannot read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new PlanFileError(file.toString(), 0, null, "not UTF-8 text");
        }
        if (lines.isEmpty()) {
            throw new PlanFileError(file.toString(), 1, null, "empty file; expected header " + header);
        }
        List<String> head = split(lines.get(0).replace("\uFEFF", "")).stream().map(String::strip).toList();
        if (!head.equals(header)) {
            throw new PlanFileError(file.toString(), 1, null, "header must be " + String.join(",", header));
        }
        List<T> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            int line = i + 1;
            if (cells.size() != header.size()) {
                throw new PlanFileError(file.toString(), line, null,
                        "expected " + header.size() + " columns, found " + cells.size());
            }
            out.add(row.apply(cells, column -> new Where(file.toString(), line, column)));
        }
        return out;
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"' && (quoted || cell.isEmpty())) {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String required(String v, Where at) {
        if (v.isBlank()) {
            throw at.error("must not be empty");
        }
        return v.strip();
    }

    private static LocalDate date(String v, Where at) {
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw at.error("'" + v + "' is not an ISO date (yyyy-mm-dd)");
        }
    }

    private static int integer(String v, Where at, int min) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > 100_000) {
                throw at.error("'" + v + "' is out of range " + min + "..100000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw at.error("'" + v + "' is not a whole number");
        }
    }

    private static double decimal(String v, Where at) {
        if (v.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw at.error("'" + v + "' is not a number");
        }
    }

    private static boolean bool(String v, Where at) {
        return switch (v.strip().toLowerCase()) {
            case "true", "1", "yes", "y" -> true;
            case "false", "0", "no", "n", "" -> false;
            default -> throw at.error("'" + v + "' is not true or false");
        };
    }
}
