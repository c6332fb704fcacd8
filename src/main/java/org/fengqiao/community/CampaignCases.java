package org.fengqiao.community;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseStatus;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.springframework.stereotype.Component;

/**
 * The cases a joint action's reports became, as the reader may see them through casework's exchange API: how many
 * stand in each state, and a page of them (open or closed, newest first) with the report each came from.
 */
@Component
class CampaignCases {

    /** One case of the campaign and the report that raised it. */
    record Line(Campaign.Report report, CaseExchange.Summary summary) {
    }

    /** A page of the campaign's cases with the count per state of all of them. */
    record Page(List<Line> items, int page, int size, long total, Map<CaseStatus, Long> states) {

        public long open() {
            return states.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
        }

        public long closed() {
            return all() - open();
        }

        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public long all() {
            return states.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final int CHUNK = 1000;

    private final Campaigns campaigns;
    private final CaseExchange cases;

    CampaignCases(Campaigns campaigns, CaseExchange cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    /** These reports with their cases as the reader sees them (no summary where the reader may not see the case). */
    List<Line> lines(Campaign c, List<Campaign.Report> reports, Actor actor) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<UUID, CaseExchange.Summary> seen = cases.list(new CaseExchange.Filter(reports.stream()
                .map(Campaign.Report::caseId).toList(), null, null, null, null, null, 0, reports.size()), actor,
                Channel.WORKBENCH).stream().collect(Collectors.toMap(CaseExchange.Summary::id, Function.identity()));
        return reports.stream().map(r -> new Line(r, seen.get(r.caseId()))).toList();
    }

    /** {@code open} null lists every case; the states count every case the reader may see. */
    Page of(Campaign c, Boolean open, int page, int size, Actor actor) {
        List<UUID> ids = campaigns.reportCases(c.id());
        Map<CaseStatus, Long> states = new EnumMap<>(CaseStatus.class);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            cases.list(new CaseExchange.Filter(chunk, null, null, null, null, null, 0, CHUNK), actor,
                    Channel.WORKBENCH).forEach(s -> states.merge(s.status(), 1L, Long::sum));
        }
        long total = states.entrySet().stream().filter(e -> open == null || e.getKey().isOpen() == open)
                .mapToLong(Map.Entry::getValue).sum();
        if (ids.isEmpty()) {
            return new Page(List.of(), page, size, 0, states);
        }
        Map<UUID, Campaign.Report> byCase = campaigns.reports(c.id(), null, null, ids.size(), 0).stream()
                .collect(Collectors.toMap(Campaign.Report::caseId, Function.identity(), (a, b) -> a));
        List<Line> items = cases.list(new CaseExchange.Filter(ids, null, null, null, null, open, page, size), actor,
                Channel.WORKBENCH).stream().map(s -> new Line(byCase.get(s.id()), s)).toList();
        return new Page(items, page, size, total, states);
    }
}
