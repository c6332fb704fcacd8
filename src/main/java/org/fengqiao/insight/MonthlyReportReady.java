package org.fengqiao.insight;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * The monthly report of a jurisdiction is ready: its unit heads find it in their inbox (title and body already
 * in the district's language, the link leads to the report's downloads).
 */
public record MonthlyReportReady(UUID reportId, String jurisdictionCode, Set<UUID> headIds, String title,
        String body) implements Notifiable {

    @Override
    public Notice notice() {
        return new Notice(headIds, Set.of(), title, body, "/insight/reports/" + reportId, false);
    }
}
