package org.fengqiao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatedInstanceIsEvaluatedIntoAPlanFileAndTheSummaryLine() throws Exception {
        assertThat(run("generate", "--dir", dir.toString(), "--firms", "60", "--weeks", "2", "--seed", "5"))
                .isZero();
        int status = run("evaluate", "--shops", file("shops.csv"), "--demands", file("demands.csv"), "--capacity",
                file("capacity.csv"), "--out", file("plan.csv"), "--time-limit", "1", "--baseline");
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("greedy: visits="));
        assertThat(lines.get(lines.size() - 1)).matches("visits=\\d+ demands=\\d+ naive=\\d+ lower_bound=\\d+ "
                + "ratio=\\d+\\.\\d\\d joint_rate=[01]\\.\\d\\d unplaced=0 solve_s=\\d+\\.\\d+");
        List<String> plan = Files.readAllLines(dir.resolve("plan.csv"));
        assertThat(plan.get(0)).isEqualTo("shop_id,date,departments");
        assertThat(plan.subList(1, plan.size())).allMatch(l -> l.matches("S\\d{5},\\d{4}-\\d\\d-\\d\\d,[a-z;]+"));
    }

    @Test
    void demandWithLatestBeforeEarliestIsRejectedNamingFileLineAndColumn() throws Exception {
        writeShops();
        Files.writeString(dir.resolve("demands.csv"), """
                shop_id,department,earliest,latest,minutes,kind
                S1,market,2026-01-05,2026-01-09,60,routine
                S1,fire,2026-01-09,2026-01-05,60,routine
                """);
        writeCapacity();
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("demands.csv:3 [latest]");
        assertThat(dir.resolve("plan.csv")).doesNotExist();
    }

    @Test
    void unknownShopBadDateBadKindAndBadRiskAreRejected() throws Exception {
        writeShops();
        writeCapacity();
        Files.writeString(dir.resolve("demands.csv"), "shop_id,department,earliest,latest,minutes,kind\n"
                + "S9,market,2026-01-05,2026-01-09,60,routine\n");
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[shop_id]").contains("unknown shop S9");
        Files.writeString(dir.resolve("demands.csv"), "shop_id,department,earliest,latest,minutes,kind\n"
                + "S1,market,2026-13-05,2026-01-09,60,routine\n");
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[earliest]").contains("ISO date");
        Files.writeString(dir.resolve("demands.csv"), "shop_id,department,earliest,latest,minutes,kind\n"
                + "S1,market,2026-01-05,2026-01-09,60,urgent\n");
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[kind]");
        Files.writeString(dir.resolve("shops.csv"), "id,name,lat,lon,risk,exempt\nS1,店,30.7,120.7,D,false\n");
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shops.csv:2 [risk]");
        assertThat(dir.resolve("plan.csv")).doesNotExist();
    }

    @Test
    void wrongHeaderAndMissingOptionsGiveUsage() throws Exception {
        Files.writeString(dir.resolve("shops.csv"), "id;name\n");
        writeCapacity();
        Files.writeString(dir.resolve("demands.csv"), "x\n");
        assertThat(evaluate()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("header must be id,name,lat,lon,risk,exempt");
        assertThat(run("evaluate", "--shops", file("shops.csv"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --demands");
        assertThat(run("optimise")).isEqualTo(2);
    }

    private int evaluate() {
        return run("evaluate", "--shops", file("shops.csv"), "--demands", file("demands.csv"), "--capacity",
                file("capacity.csv"), "--out", file("plan.csv"));
    }

    private void writeShops() throws Exception {
        Files.writeString(dir.resolve("shops.csv"), "id,name,lat,lon,risk,exempt\nS1,\"周记, 餐饮\",30.7,120.7,A,false\n");
    }

    private void writeCapacity() throws Exception {
        Files.writeString(dir.resolve("capacity.csv"), "department,date,minutes\nmarket,2026-01-05,480\n");
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private int run(String... args) {
        return PlanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
