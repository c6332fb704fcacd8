package org.fengqiao.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The risk score of an enterprise, as points a person can check: industry base risk, credit status, triggered
 * inspections (complaints, alerts) and findings of the past year (minor 5 points each up to 15, major or critical
 * 15 each up to 30), and time since the last inspection. 60 points
 * or more is grade A, 35 or more grade B, below that C.
 */
final class RiskScoring {

    static final int A_FROM = 60;
    static final int B_FROM = 35;

    private static final Map<String, Integer> INDUSTRY = Map.of("CHEMICAL", 40, "CATERING", 30,
            "ENTERTAINMENT", 25, "LODGING", 25, "PROCESSING", 25, "MANUFACTURING", 20, "CONSTRUCTION", 20,
            "LOGISTICS", 15, "RETAIL", 10, "OTHER", 10);

    /** What is known about a firm. {@code daysSinceInspection} is null when it was never inspected. */
    record Evidence(String industry, String creditStatus, int triggeredLastYear, int findingsLastYear,
            int severeFindingsLastYear, Integer daysSinceInspection) {
    }

    /** One line of the explanation: message key, points, argument. */
    record Reason(String key, int points, String argument) {
    }

    record Assessment(RiskGrade grade, int score, List<Reason> reasons) {
    }

    private RiskScoring() {
    }

    static Assessment assess(Evidence e) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("inspection.risk.industry", INDUSTRY.getOrDefault(e.industry(), 10), e.industry()));
        switch (e.creditStatus()) {
            case "DISHONEST" -> reasons.add(new Reason("inspection.risk.dishonest", 30, ""));
            case "FAIR" -> reasons.add(new Reason("inspection.risk.fairCredit", 10, ""));
            default -> { }
        }
        if (e.triggeredLastYear() > 0) {
            reasons.add(new Reason("inspection.risk.triggered", Math.min(30, 10 * e.triggeredLastYear()),
                    String.valueOf(e.triggeredLastYear())));
        }
        if (e.findingsLastYear() > 0) {
            reasons.add(new Reason("inspection.risk.findings", Math.min(15, 5 * e.findingsLastYear()),
                    String.valueOf(e.findingsLastYear())));
        }
        if (e.severeFindingsLastYear() > 0) {
            reasons.add(new Reason("inspection.risk.severeFindings", Math.min(30, 15 * e.severeFindingsLastYear()),
                    String.valueOf(e.severeFindingsLastYear())));
        }
        if (e.daysSinceInspection() == null) {
            reasons.add(new Reason("inspection.risk.neverInspected", 10, ""));
        } else if (e.daysSinceInspection() > 365) {
            reasons.add(new Reason("inspection.risk.longAgo", 10, String.valueOf(e.daysSinceInspection())));
        }
        int score = reasons.stream().mapToInt(Reason::points).sum();
        RiskGrade grade = score >= A_FROM ? RiskGrade.A : score >= B_FROM ? RiskGrade.B : RiskGrade.C;
        return new Assessment(grade, score, List.copyOf(reasons));
    }
}
