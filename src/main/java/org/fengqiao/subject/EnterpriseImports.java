package org.fengqiao.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Past imports with their rejected rows, so that an error report can be downloaded later, on any instance. */
@Repository
class EnterpriseImports {

    private final JdbcClient jdbc;

    EnterpriseImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void save(ImportResult r, UUID personId) {
        jdbc.sql("""
                INSERT INTO enterprise_import (id, person_id, file_name, created, updated, unchanged, rejected)
                VALUES (?,?,?,?,?,?,?)""")
                .params(r.id(), personId, abbreviate(r.fileName()), r.created(), r.updated(), r.unchanged(),
                        r.rejected())
                .update();
        for (int i = 0; i < r.errors().size(); i++) {
            ImportResult.RowError e = r.errors().get(i);
            jdbc.sql("INSERT INTO enterprise_import_error (import_id, position, row_no, col, reason) VALUES (?,?,?,?,?)")
                    .params(r.id(), i, e.row(), abbreviate(e.column()), e.reason()).update();
        }
    }

    /** The import, if it was made by this person. */
    Optional<ImportResult> find(UUID id, UUID personId) {
        List<ImportResult.RowError> errors = jdbc.sql(
                "SELECT row_no, col, reason FROM enterprise_import_error WHERE import_id = ? ORDER BY position")
                .param(id).query((rs, i) -> new ImportResult.RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
                SELECT file_name, created, updated, unchanged, rejected FROM enterprise_import
                WHERE id = ? AND person_id IS NOT DISTINCT FROM ?""").params(id, personId)
                .query((rs, i) -> new ImportResult(id, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), errors))
                .optional();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
