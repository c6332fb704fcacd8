package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.notify.Notice;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fires one deadline alarm: checks, with the clock locked, that the clock still runs and has passed the
 * threshold, records the alarm once (the row's key makes a second firing, on this or another instance, a no-op),
 * writes it to the clock log and publishes {@link DeadlineAlarmed} for notify. An alarm that fires longer than the
 * catch-up window after its threshold (the application was down) is still sent, marked late in the row, the clock log
 * and the notice's title.
 */
@Component
class DeadlineAlarms {

    private static final ZoneId ZONE = ZoneId.of(FengqiaoApplication.ZONE);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final TimeLimits limits;
    private final CaseClocks clocks;
    private final DutyRoster roster;
    private final Units units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final DeadlineTimerSettings settings;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadlineAlarms.class);

    DeadlineAlarms(TimeLimits limits, CaseClocks clocks, DutyRoster roster, Units units, MessageSource messages,
            ApplicationEventPublisher events, JdbcClient jdbc, DeadlineTimerSettings settings) {
        this.settings = settings;
        this.limits = limits;
        this.clocks = clocks;
        this.roster = roster;
        this.units = units;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Fires the alarm named by a timer's instance id; false when it is stale or has already fired. */
    @Transactional
    boolean fire(String instanceId, Instant now) {
        String[] parts = instanceId.split("/");
        UUID caseId = UUID.fromString(parts[0]);
        Phase phase = Phase.valueOf(parts[1]);
        DeadlineTimers.Threshold threshold = DeadlineTimers.Threshold.valueOf(parts[2]);
        // the case row before its clock, the order in which a person's action takes them (Cases.save, then the
        // clock): the other order deadlocks with a handler acting on the case as its alarm fires
        Optional<Row> row = jdbc.sql(
                "SELECT number, status, jurisdiction_path FROM cases WHERE id = ? FOR NO KEY UPDATE").param(caseId)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        if (row.isEmpty() || jdbc.sql("SELECT 1 FROM case_clock WHERE case_id = ? FOR UPDATE").param(caseId)
                .query(Integer.class).optional().isEmpty()) {
            return false;
        }
        TimeLimits.Snapshot snapshot = limits.snapshot(caseId, now);
        PhaseClock p = snapshot.phase(phase);
        if (!DeadlineTimers.running(p) || threshold.of(p).isAfter(now)) {
            return false;
        }
        boolean late = threshold.of(p).plus(settings.catchUp()).isBefore(now);
        int recorded = jdbc.sql("""
                INSERT INTO deadline_alarm (case_id, phase, threshold, started_at, due_at, fired_at, late)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(caseId, phase.name(), threshold.name(), ts(p.start()), ts(p.due()), ts(now), late).update();
        if (recorded == 0) {
            return false;
        }
        UUID unit = phase == Phase.ACCEPT ? commandRoom(row.get().path()) : snapshot.clock().unitId();
        String action = threshold == DeadlineTimers.Threshold.RED ? "DEADLINE_MISSED" : "DEADLINE_WARNED";
        clocks.log(caseId, now, "system", action, late ? phase.name() + " LATE" : phase.name());
        if (late) {
            log.warn("Alarm {} fired {} after its threshold (the application was not running); sent marked late",
                    instanceId, java.time.Duration.between(threshold.of(p), now));
        }
        events.publishEvent(new DeadlineAlarmed(new CaseId(caseId), row.get().number(), now, phase, threshold.name(),
                unit, p.due(), notice(row.get().number(), caseId, phase, threshold, p.due(), unit, now, late)));
        return true;
    }

    private Notice notice(String number, UUID caseId, Phase phase, DeadlineTimers.Threshold threshold, Instant due,
            UUID unit, Instant now, boolean late) {
        Set<UUID> persons = new HashSet<>();
        if (unit != null) {
            roster.onDuty(unit, LocalDate.ofInstant(now, ZONE)).ifPresent(d -> persons.add(d.personId()));
        }
        Set<UUID> unitIds = unit == null ? Set.of() : Set.of(unit);
        if (persons.isEmpty() && unitIds.isEmpty()) {
            unitIds = Set.copyOf(units.active().stream().filter(u -> u.kind() == UnitKind.COMMAND_ROOM)
                    .map(org.fengqiao.org.Unit::id).toList());
        }
        String phaseName = messages.getMessage("casework.phase." + phase.name(), null, phase.name(), ZH);
        String title = messages.getMessage("casework.alarm." + threshold.name() + ".title",
                new Object[] {number, phaseName}, ZH);
        if (late) {
            title = messages.getMessage("casework.alarm.late", new Object[] {title}, ZH);
        }
        String body = messages.getMessage("casework.alarm.body", new Object[] {number, phaseName,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(due.atZone(ZONE))}, ZH);
        return new Notice(persons, unitIds, title, body, "/casework/cases/" + caseId,
                threshold == DeadlineTimers.Threshold.RED);
    }

    /** The command room whose jurisdiction holds the case (the deepest), or null. */
    private UUID commandRoom(String path) {
        return units.active().stream().filter(u -> u.kind() == UnitKind.COMMAND_ROOM)
                .filter(u -> u.jurisdictionPath() != null && path.startsWith(u.jurisdictionPath()))
                .max(java.util.Comparator.comparingInt(u -> u.jurisdictionPath().length()))
                .map(org.fengqiao.org.Unit::id).orElse(null);
    }

    private record Row(String number, String status, String path) {
    }
}
