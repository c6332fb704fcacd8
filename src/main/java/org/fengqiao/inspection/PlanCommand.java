package org.fengqiao.inspection;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fengqiao.inspection.planner.GreedyPlanner;
import org.fengqiao.inspection.planner.InstanceGenerator;
import org.fengqiao.inspection.planner.JointPlanner;
import org.fengqiao.inspection.planner.PlanFileError;
import org.fengqiao.inspection.planner.PlanFiles;
import org.fengqiao.inspection.planner.PlanResult;
import org.fengqiao.inspection.planner.PlannerSettings;
import org.fengqiao.inspection.planner.PlanningProblem;
import org.fengqiao.inspection.planner.Unplaced;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * {@code ./fengqiao plan evaluate|generate}: the joint planner on CSV files, without the web application or the
 * database. Exit status 0 on success, 2 on bad arguments or input files.
 */
public final class PlanCommand {

    private static final String USAGE = """
            用法 (usage):
              plan evaluate --shops S.csv --demands D.csv --capacity C.csv --out plan.csv
                            [--time-limit SECONDS] [--baseline] [--verbose]
              plan generate --dir DIR [--firms 3000] [--departments 7] [--weeks 4] [--demands-per-firm 2.0]
                            [--slack 1.3] [--start 2026-01-05] [--seed 1]""";

    private PlanCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            Map<String, String> options = options(args);
            return switch (args[0]) {
                case "evaluate" -> evaluate(options, out, err);
                case "generate" -> generate(options, out);
                default -> usage(err, "未知子命令 (unknown subcommand): " + args[0]);
            };
        } catch (PlanFileError e) {
            err.println("输入文件有误 (bad input): " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            err.println("写文件失败 (cannot write): " + e.getMessage());
            return 2;
        }
    }

    /** Entry from the command line, with Timefold's phase logging turned down. */
    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args, System.out, System.err));
    }

    private static int evaluate(Map<String, String> o, PrintStream out, PrintStream err) {
        PlanningProblem problem = PlanFiles.read(path(o, "shops"), path(o, "demands"), path(o, "capacity"));
        Path target = path(o, "out");
        double seconds = number(o, "time-limit", 5);
        PlannerSettings settings = new PlannerSettings(Duration.ofMillis((long) (seconds * 1000)),
                Duration.ofMillis((long) Math.min(seconds * 200, 1000)));
        if (o.containsKey("baseline")) {
            out.println("greedy: " + new GreedyPlanner().plan(problem).summary());
        }
        PlanResult result = new JointPlanner(settings).plan(problem, o.containsKey("verbose")
                ? p -> err.printf(Locale.ROOT, "%s %d/%d %s %dms%n", p.phase(), p.placed(), p.candidates(), p.score(),
                        p.elapsedMillis())
                : p -> { });
        PlanFiles.writePlan(result, target);
        if (!result.unplaced().isEmpty()) {
            Path unplacedFile = target.resolveSibling(target.getFileName() + ".unplaced.csv");
            PlanFiles.writeUnplaced(result, unplacedFile);
            Map<Unplaced.Reason, Integer> reasons = new TreeMap<>();
            result.unplaced().forEach(u -> reasons.merge(u.reason(), 1, Integer::sum));
            out.println("left out: " + reasons.toString().toLowerCase(Locale.ROOT) + " (see " + unplacedFile + ")");
        }
        out.println(result.summary());
        return 0;
    }

    private static int generate(Map<String, String> o, PrintStream out) throws IOException {
        InstanceGenerator generator = new InstanceGenerator((int) number(o, "firms", 3000),
                (int) number(o, "departments", 7), (int) number(o, "weeks", 4), number(o, "demands-per-firm", 2.0),
                number(o, "slack", 1.3), LocalDate.parse(o.getOrDefault("start", "2026-01-05")),
                (long) number(o, "seed", 1));
        PlanningProblem problem = generator.generate();
        Path dir = path(o, "dir");
        InstanceGenerator.write(problem, dir);
        out.printf(Locale.ROOT, "wrote %s: shops=%d demands=%d%n", dir, problem.shops().size(),
                problem.demands().size());
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("baseline") || name.equals("verbose")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static Path path(Map<String, String> o, String name) {
        String value = o.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return Path.of(value);
    }

    private static double number(Map<String, String> o, String name, double fallback) {
        try {
            return o.containsKey(name) ? Double.parseDouble(o.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number: " + o.get(name));
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }

    /** Timefold logs every phase; a command line shows only its own output. */
    private static void quietLogging() {
        LoggingSystem.get(PlanCommand.class.getClassLoader()).setLogLevel(null, LogLevel.WARN);
    }
}
