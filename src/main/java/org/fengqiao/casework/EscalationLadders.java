package org.fengqiao.casework;

import static org.fengqiao.casework.Cases.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored escalation ladders: one per category (or {@code *}), its rungs in order. */
@Repository
class EscalationLadders {

    private final JdbcClient jdbc;

    EscalationLadders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ladder of a category, else the one for every category. */
    Optional<EscalationLadder> forCategory(Category category) {
        return byCategory(category.name()).or(() -> byCategory("*"));
    }

    Optional<EscalationLadder> byCategory(String category) {
        return jdbc.sql("SELECT id FROM escalation_ladder WHERE category = ?").param(category).query(UUID.class)
                .optional().flatMap(this::find);
    }

    Optional<EscalationLadder> find(UUID id) {
        return jdbc.sql("SELECT id, category, name FROM escalation_ladder WHERE id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                .optional().map(r -> new EscalationLadder((UUID) r[0], (String) r[1], (String) r[2], rungs(id)));
    }

    List<EscalationLadder> all() {
        List<EscalationLadder> out = new ArrayList<>();
        jdbc.sql("SELECT id FROM escalation_ladder ORDER BY category").query(UUID.class).list()
                .forEach(id -> find(id).ifPresent(out::add));
        return out;
    }

    /** Stores the ladder of its category, replacing the rungs it had; cases keep their position. */
    EscalationLadder save(EscalationLadder ladder, String by, Instant at) {
        UUID id = byCategory(ladder.category()).map(EscalationLadder::id).orElse(ladder.id());
        jdbc.sql("""
                INSERT INTO escalation_ladder (id, category, name, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (category) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at,
                  updated_by = EXCLUDED.updated_by""")
                .params(id, ladder.category(), ladder.name(), ts(at), by).update();
        jdbc.sql("DELETE FROM escalation_rung WHERE ladder_id = ?").param(id).update();
        for (EscalationLadder.Rung r : ladder.rungs()) {
            jdbc.sql("""
                    INSERT INTO escalation_rung (ladder_id, position, label, party_kind, party_unit_id, party_unit_kind,
                      wait_amount, wait_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, r.position(), r.label(), r.kind().name(), r.unitId(),
                            r.unitKind() == null ? null : r.unitKind().name(), r.stage().amount(), r.stage().unit().name())
                    .update();
        }
        return find(id).orElseThrow();
    }

    private List<EscalationLadder.Rung> rungs(UUID ladderId) {
        return jdbc.sql("SELECT * FROM escalation_rung WHERE ladder_id = ? ORDER BY position").param(ladderId)
                .query((rs, i) -> new EscalationLadder.Rung(rs.getInt("position"), rs.getString("label"),
                        EscalationLadder.PartyKind.valueOf(rs.getString("party_kind")),
                        rs.getObject("party_unit_id", UUID.class),
                        rs.getString("party_unit_kind") == null ? null : UnitKind.valueOf(rs.getString("party_unit_kind")),
                        new Limit(rs.getInt("wait_amount"), Limit.Unit.valueOf(rs.getString("wait_unit")))))
                .list();
    }
}
