package org.fengqiao.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CheckForms {

    private final JdbcClient jdbc;

    CheckForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String code, String name, CheckForm.Kind kind, UUID unitId, String by) {
        jdbc.sql("INSERT INTO check_form (id, code, name, kind, unit_id) VALUES (?, ?, ?, ?, ?)")
                .params(id, code, name, kind.name(), unitId).update();
        jdbc.sql("INSERT INTO check_form_version (form_id, number, created_by) VALUES (?, 1, ?)").params(id, by)
                .update();
    }

    /** Whether a record used this version (then it may not change any more). */
    boolean inUse(UUID formId, int number) {
        return jdbc.sql("SELECT count(*) > 0 FROM inspection_record_form WHERE form_id = ? AND form_version = ?")
                .params(formId, number).query(Boolean.class).single();
    }

    void rename(UUID formId, long expectedVersion, String name, CheckForm.Kind kind, UUID unitId) {
        int changed = jdbc.sql("""
                UPDATE check_form SET name = ?, kind = ?, unit_id = ?, version = version + 1
                WHERE id = ? AND version = ?""").params(name, kind.name(), unitId, formId, expectedVersion).update();
        if (changed == 0) {
            throw new StaleVersion(formId, expectedVersion, version(formId));
        }
    }

    int addVersion(UUID formId, String by) {
        int next = jdbc.sql("UPDATE check_form SET current_version = current_version + 1 WHERE id = ? "
                + "RETURNING current_version").param(formId).query(Integer.class).single();
        jdbc.sql("INSERT INTO check_form_version (form_id, number, created_by) VALUES (?, ?, ?)")
                .params(formId, next, by).update();
        return next;
    }

    void replaceItems(UUID formId, int number, List<CheckForm.Item> items) {
        jdbc.sql("DELETE FROM check_form_item WHERE form_id = ? AND form_version = ?").params(formId, number).update();
        for (CheckForm.Item i : items) {
            jdbc.sql("""
                    INSERT INTO check_form_item (id, form_id, form_version, section, position, text, answer_type,
                        choices, legal_basis, photo_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(i.id(), formId, number, i.section(), i.position(), i.text(), i.type().name(),
                            String.join("|", i.choices()), i.legalBasis(), i.photoRequired()).update();
        }
    }

    CheckForm get(UUID formId) {
        return find(formId, null).orElseThrow(() -> new NotFound("form", formId));
    }

    /** The form at one version; null: the current one. */
    Optional<CheckForm> find(UUID formId, Integer number) {
        return jdbc.sql("SELECT * FROM check_form WHERE id = ?").param(formId).query((rs, n) -> {
            int v = number == null ? rs.getInt("current_version") : number;
            return form(rs, v, items(formId, v));
        }).optional().filter(f -> number == null || number <= f.number() && number >= 1);
    }

    Optional<CheckForm> findByCode(String code) {
        return jdbc.sql("SELECT id FROM check_form WHERE code = ?").param(code).query(UUID.class).optional()
                .map(this::get);
    }

    List<CheckForm> all() {
        return jdbc.sql("SELECT id FROM check_form WHERE active ORDER BY kind DESC, code").query(UUID.class).list()
                .stream().map(this::get).toList();
    }

    private long version(UUID formId) {
        return jdbc.sql("SELECT version FROM check_form WHERE id = ?").param(formId).query(Long.class).optional()
                .orElse(-1L);
    }

    private List<CheckForm.Item> items(UUID formId, int number) {
        return jdbc.sql("SELECT * FROM check_form_item WHERE form_id = ? AND form_version = ? ORDER BY position")
                .params(formId, number).query(CheckForms::item).list();
    }

    private static CheckForm form(ResultSet rs, int number, List<CheckForm.Item> items) throws SQLException {
        return new CheckForm(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                CheckForm.Kind.valueOf(rs.getString("kind")), rs.getObject("unit_id", UUID.class), number, items,
                rs.getLong("version"));
    }

    private static CheckForm.Item item(ResultSet rs, int n) throws SQLException {
        String choices = rs.getString("choices");
        return new CheckForm.Item(rs.getObject("id", UUID.class), rs.getString("section"), rs.getInt("position"),
                rs.getString("text"), AnswerType.valueOf(rs.getString("answer_type")),
                choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\\|")), rs.getString("legal_basis"),
                rs.getBoolean("photo_required"));
    }
}
