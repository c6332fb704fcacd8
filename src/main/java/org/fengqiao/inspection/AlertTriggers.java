package org.fengqiao.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.fengqiao.casework.Category;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an alert is raised without anyone raising it by hand ({@code fengqiao.inspection.alerts.*}); each rule says
 * why it fired, and the alert carries that reason.
 *
 * @param caseCategories    categories in which every case about a firm raises an alert (complaint-like by nature)
 * @param caseKeywords      words that make a case about a firm in any other category complaint-like
 * @param findingSeverities severities of inspection findings that raise an alert
 * @param poolKinds         kinds of data-pool records that raise an alert (the rest are only kept)
 */
@ConfigurationProperties("fengqiao.inspection.alerts")
record AlertTriggers(
        @DefaultValue({"ENVIRONMENT", "HEALTH_FAMILY_PLANNING", "PUBLIC_SAFETY"}) Set<Category> caseCategories,
        @DefaultValue({"投诉", "举报", "违法", "违规", "隐患", "无证", "过期", "假冒", "污染", "超标", "中毒", "泄漏"})
        List<String> caseKeywords,
        @DefaultValue("CRITICAL") Set<Finding.Severity> findingSeverities,
        @DefaultValue({"ABNORMAL_OPERATION", "SERIOUS_VIOLATION", "PENALTY", "COMPLAINT", "HAZARD"})
        Set<PoolKind> poolKinds) {

    /** Why a case about a firm is complaint-like (a message key and its argument), or empty when it is not. */
    Optional<Reason> forCase(Category category, String title, String description) {
        if (category != null && caseCategories.contains(category)) {
            return Optional.of(new Reason("inspection.alert.why.category", category.label()));
        }
        String text = ((title == null ? "" : title) + " " + (description == null ? "" : description))
                .toLowerCase(Locale.ROOT);
        return caseKeywords.stream().filter(k -> !k.isBlank() && text.contains(k.toLowerCase(Locale.ROOT)))
                .findFirst().map(k -> new Reason("inspection.alert.why.keyword", k));
    }

    boolean forFinding(Finding.Severity severity) {
        return findingSeverities.contains(severity);
    }

    boolean forPool(PoolKind kind) {
        return poolKinds.contains(kind);
    }

    /** A rule that fired: its message key and the value that matched. */
    record Reason(String messageKey, String matched) {
    }
}
