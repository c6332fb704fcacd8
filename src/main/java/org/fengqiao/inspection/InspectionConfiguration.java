package org.fengqiao.inspection;

import java.util.Set;

import org.fengqiao.shared.NavLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({InspectionSettings.class, AlertTriggers.class})
class InspectionConfiguration {

    @Bean
    NavLink inspectionPlansLink() {
        return new NavLink("inspection.nav.plans", "/inspection/plans", Set.of("ADMIN", "DISPATCHER", "AUDITOR"), 40);
    }

    @Bean
    NavLink inspectionTasksLink() {
        return new NavLink("inspection.nav.tasks", "/inspection/tasks", Set.of("ADMIN", "HANDLER", "HEAD"), 41);
    }

    @Bean
    NavLink inspectionGradesLink() {
        return new NavLink("inspection.nav.grades", "/inspection/grades",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "AUDITOR"), 42);
    }

    @Bean
    NavLink inspectionRecordsLink() {
        return new NavLink("inspection.nav.records", "/inspection/records", Set.of("HANDLER", "HEAD"), 43);
    }

    @Bean
    NavLink inspectionOrdersLink() {
        return new NavLink("inspection.nav.orders", "/inspection/orders", Set.of("HANDLER", "HEAD"), 44);
    }

    @Bean
    NavLink inspectionFormsLink() {
        return new NavLink("inspection.nav.forms", "/inspection/forms", Set.of("ADMIN", "HEAD", "AUDITOR"), 45);
    }

    @Bean
    NavLink inspectionDemandsLink() {
        return new NavLink("inspection.nav.demands", "/inspection/demands",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "AUDITOR"), 46);
    }

    @Bean
    NavLink inspectionExemptionsLink() {
        return new NavLink("inspection.nav.exemptions", "/inspection/exemptions",
                Set.of("ADMIN", "DISPATCHER", "HEAD", "AUDITOR"), 47);
    }

    @Bean
    NavLink inspectionFrequenciesLink() {
        return new NavLink("inspection.nav.frequencies", "/inspection/frequencies", Set.of("ADMIN", "DISPATCHER"), 48);
    }

    @Bean
    NavLink inspectionReportsLink() {
        return new NavLink("inspection.nav.reports", "/inspection/reports/monthly",
                Set.of("ADMIN", "DISPATCHER", "HEAD", "AUDITOR"), 49);
    }

    @Bean
    NavLink inspectionDecisionsLink() {
        return new NavLink("inspection.nav.decisions", "/inspection/decisions",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "AUDITOR"), 50);
    }

    @Bean
    NavLink inspectionAlertsLink() {
        return new NavLink("inspection.nav.alerts", "/inspection/alerts",
                Set.of("ADMIN", "DISPATCHER", "HANDLER", "HEAD", "OFFICER", "AUDITOR"), 51);
    }

    @Bean
    NavLink inspectionDataPoolLink() {
        return new NavLink("inspection.nav.dataPool", "/inspection/data-pool", Set.of("ADMIN"), 52);
    }

    @Bean
    NavLink inspectionFirmCommandsLink() {
        return new NavLink("inspection.nav.firmCommands", "/inspection/firm/commands", Set.of("ENTERPRISE"), 53);
    }

    @Bean
    NavLink inspectionReportRunsLink() {
        return new NavLink("inspection.nav.reportRuns", "/inspection/reports/background",
                Set.of("ADMIN", "DISPATCHER", "HEAD", "AUDITOR"), 54);
    }
}
