package org.fengqiao.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.casework.CaseId;
import org.fengqiao.casework.CaseSteps;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.OnDuty;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates rectification orders whose deadline passed (db-scheduler job, one instance at a time): each one once,
 * to the department's heads and duty supervisor, recorded on the order (shown on the orders page) and noted on the
 * order's case history. The order row is claimed with its notice and note in one transaction per order, so that concurrent runs escalate it exactly once and one failure does not
 * hold back the others.
 */
@Service
class OverdueOrders {

    private static final Logger log = LoggerFactory.getLogger(OverdueOrders.class);

    private final RectificationOrders orders;
    private final JdbcClient jdbc;
    private final People people;
    private final DutyRoster roster;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Units units;
    private final CaseSteps steps;

    OverdueOrders(RectificationOrders orders, JdbcClient jdbc, People people, DutyRoster roster,
            MessageSource messages, ApplicationEventPublisher events, TransactionTemplate tx, Units units,
            CaseSteps steps) {
        this.units = units;
        this.steps = steps;
        this.orders = orders;
        this.jdbc = jdbc;
        this.people = people;
        this.roster = roster;
        this.messages = messages;
        this.events = events;
        this.tx = tx;
    }

    /** Escalates every open order overdue on {@code today} not escalated before; returns how many it escalated. */
    int escalate(LocalDate today) {
        int n = 0;
        for (RectificationOrder order : orders.overdue(today)) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> escalate(order)))) {
                    n++;
                }
            } catch (DomainException | ConcurrencyFailureException e) {
                // the order's case changed under the note: nothing of this order was kept, the next run retries it
                log.warn("Overdue order {} not escalated this run: {}", order.id(), e.getMessage());
            }
        }
        return n;
    }

    private boolean escalate(RectificationOrder order) {
        Set<UUID> to = new LinkedHashSet<>();
        people.ofUnit(order.unitId()).stream().filter(p -> p.enabled() && p.roles().contains(Role.HEAD))
                .forEach(p -> to.add(p.id()));
        roster.onDutyNow(order.unitId()).map(OnDuty::personId).ifPresent(to::add);
        boolean claimed = jdbc.sql("""
                INSERT INTO rectification_overdue (order_id, deadline, notified) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(order.id(), order.deadline(), to.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .update() == 1;
        if (!claimed) {
            return false;
        }
        String title = text("inspection.order.overdueTitle", order.enterpriseName());
        String body = text("inspection.order.overdueBody", order.caseNumber(), order.deadline().toString(),
                order.requirement());
        events.publishEvent(new RectificationOverdue(order.id(), order.caseNumber(), order.unitId(), to,
                title.length() > 200 ? title.substring(0, 200) : title, body));
        steps.noteEscalation(new CaseId(order.caseId()), text("inspection.order.overdueNote",
                order.deadline().toString(), units.find(order.unitId()).map(Unit::name).orElse(""), to.size()));
        return true;
    }

    /** When each of these orders was escalated as overdue. */
    Map<UUID, Instant> escalatedAt(java.util.List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> at = new java.util.HashMap<>();
        jdbc.sql("SELECT order_id, escalated_at FROM rectification_overdue WHERE order_id IN (:ids)")
                .param("ids", orderIds).query(rs -> {
                    at.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return at;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
