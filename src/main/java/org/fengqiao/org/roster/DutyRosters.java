package org.fengqiao.org.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stored rotations, swaps and handover notes. */
@Repository
public class DutyRosters {

    /** A note the outgoing supervisor leaves for the next. */
    public record Handover(UUID id, UUID authorId, String authorName, String note, Instant writtenAt) {
    }

    private final JdbcClient jdbc;

    DutyRosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Rotation> find(UUID unitId) {
        return jdbc.sql("SELECT period_days, starts_on FROM duty_roster WHERE unit_id = ?").param(unitId)
                .query((rs, i) -> new Rotation(members(unitId), rs.getInt("period_days"),
                        rs.getObject("starts_on", LocalDate.class), swaps(unitId)))
                .optional();
    }

    @Transactional
    public void save(UUID unitId, Rotation rotation) {
        jdbc.sql("""
                INSERT INTO duty_roster (unit_id, period_days, starts_on) VALUES (?,?,?)
                ON CONFLICT (unit_id) DO UPDATE SET period_days = excluded.period_days, starts_on = excluded.starts_on,
                updated_at = now(), version = duty_roster.version + 1""")
                .params(unitId, rotation.periodDays(), rotation.startsOn()).update();
        jdbc.sql("DELETE FROM duty_roster_member WHERE unit_id = ?").param(unitId).update();
        for (int i = 0; i < rotation.members().size(); i++) {
            jdbc.sql("INSERT INTO duty_roster_member (unit_id, position, person_id) VALUES (?,?,?)")
                    .params(unitId, i, rotation.members().get(i)).update();
        }
    }

    public void addSwap(UUID unitId, Swap swap, String by) {
        jdbc.sql("""
                INSERT INTO duty_swap (id, unit_id, starts_on, ends_on, person_id, reason, created_by)
                VALUES (?,?,?,?,?,?,?)""")
                .params(swap.id(), unitId, swap.startsOn(), swap.endsOn(), swap.personId(), swap.reason().strip(), by)
                .update();
    }

    public boolean removeSwap(UUID unitId, UUID swapId) {
        return jdbc.sql("DELETE FROM duty_swap WHERE unit_id = ? AND id = ?").params(unitId, swapId).update() == 1;
    }

    public void addHandover(UUID unitId, UUID authorId, String note) {
        jdbc.sql("INSERT INTO duty_handover (id, unit_id, author_id, note) VALUES (?,?,?,?)")
                .params(UUID.randomUUID(), unitId, authorId, note.strip()).update();
    }

    public List<Handover> handovers(UUID unitId, int limit) {
        return jdbc.sql("""
                SELECT h.id, h.author_id, p.display_name, h.note, h.written_at FROM duty_handover h
                JOIN person p ON p.id = h.author_id WHERE h.unit_id = ? ORDER BY h.written_at DESC LIMIT ?""")
                .params(unitId, limit)
                .query((rs, i) -> new Handover(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
                        rs.getString("display_name"), rs.getString("note"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    private List<UUID> members(UUID unitId) {
        return jdbc.sql("SELECT person_id FROM duty_roster_member WHERE unit_id = ? ORDER BY position").param(unitId)
                .query(UUID.class).list();
    }

    private List<Swap> swaps(UUID unitId) {
        return jdbc.sql("SELECT id, starts_on, ends_on, person_id, reason FROM duty_swap WHERE unit_id = ? ORDER BY starts_on")
                .param(unitId)
                .query((rs, i) -> new Swap(rs.getObject("id", UUID.class), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getObject("person_id", UUID.class),
                        rs.getString("reason")))
                .list();
    }
}
