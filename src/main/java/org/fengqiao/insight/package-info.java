/** Insight: figures per jurisdiction and period (dashboards, map), kept in a daily rollup fed by casework events. */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"casework", "org", "shared"})
package org.fengqiao.insight;
