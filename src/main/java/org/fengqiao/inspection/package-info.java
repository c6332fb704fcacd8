/**
 * Inspection coordination: risk grades, check forms, the exemption list (无事不扰), inspection demands and the
 * weekly joint plan (可联合综合查、已覆盖无需查), inspection codes (亮码检查), ratings, alerts and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection",
        allowedDependencies = {"org", "subject", "shared", "casework", "notify"})
package org.fengqiao.inspection;
