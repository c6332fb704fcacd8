/**
 * Insight: figures per jurisdiction and period (dashboards, map), kept in a daily rollup fed by casework events;
 * monthly and quarterly reports as Excel and PDF, generated in the background and delivered to unit heads monthly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"casework", "org", "shared", "notify"})
package org.fengqiao.insight;
