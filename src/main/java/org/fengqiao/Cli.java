package org.fengqiao;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Entry of {@code ./fengqiao <module> ...}: module commands that run without the web application.
 * Each module registers its command here.
 */
public final class Cli {

    private static final Map<String, Consumer<String[]>> COMMANDS = Map.of(
            "triage", org.fengqiao.triage.TriageCommands::main,
            "plan", org.fengqiao.inspection.PlanCommand::main,
            "backup", org.fengqiao.platform.DatabaseCommands::backup,
            "restore", org.fengqiao.platform.DatabaseCommands::restore);

    private Cli() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            System.err.println("未知命令 (unknown command): " + String.join(" ", args));
            System.err.println("可用命令 (commands): run, test" + (COMMANDS.isEmpty() ? "" : ", " + String.join(", ", COMMANDS.keySet())));
            System.exit(2);
        }
        COMMANDS.get(args[0]).accept(Arrays.copyOfRange(args, 1, args.length));
    }
}
