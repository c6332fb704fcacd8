package org.fengqiao.community;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fengqiao.casework.CaseEvent;
import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseStatus;
import org.fengqiao.casework.Channel;
import org.fengqiao.org.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The cases a joint action's reports became. Community keeps each one's current state (community_campaign_case),
 * written with the report and brought up to date from casework's case events, so the dashboard counts states with
 * one grouped query however many reports there are; a page of cases is read through casework's exchange API as the
 * reader may see them (open or closed, newest first) with the report each came from.
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

    private final Campaigns campaigns;
    private final CaseExchange cases;

    CampaignCases(Campaigns campaigns, CaseExchange cases) {
        this.campaigns = campaigns;
        this.cases = cases;
    }

    /** Starts following the case of a new report, in the report's transaction. */
    void follow(UUID campaignId, Campaign.Report r) {
        cases.current(new CaseId(r.caseId())).ifPresent(s -> campaigns.noteCaseState(campaignId, r.id(), s.id(),
                s.status(), s.updatedAt()));
    }

    /**
     * A case changed: when it is a campaign's, its state is read as it stands now and kept, in the case's own
     * transaction (one indexed lookup for a case of no campaign) rather than as a stored publication handled later,
     * which cost every case event of every case three more commits.
     */
    @EventListener
    void on(CaseEvent event) {
        if (campaigns.followsCase(event.caseId().value())) {
            cases.current(event.caseId()).ifPresent(s -> campaigns.noteCaseState(s.id(), s.status(), s.updatedAt()));
        }
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

    /**
     * {@code open} null lists every case. The states count every case of the campaign's reports; the page lists
     * those of them the reader may see.
     */
    Page of(Campaign c, Boolean open, int page, int size, Actor actor) {
        Map<CaseStatus, Long> states = campaigns.caseStates(c.id());
        long total = states.entrySet().stream().filter(e -> open == null || e.getKey().isOpen() == open)
                .mapToLong(Map.Entry::getValue).sum();
        List<Line> items = lines(c, campaigns.reportsByCaseState(c.id(), open, size, (long) page * size), actor)
                .stream().filter(l -> Objects.nonNull(l.summary())).toList();
        return new Page(items, page, size, total, states);
    }
}
