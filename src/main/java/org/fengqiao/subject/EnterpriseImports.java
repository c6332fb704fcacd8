package org.fengqiao.subject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports with their progress and rejected rows. Kept in the database so that any instance can show progress and
 * hand out the error report later.
 */
@Repository
class EnterpriseImports {

    private final JdbcClient jdbc;

    EnterpriseImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void begin(UUID id, UUID personId, String fileName, int total) {
        jdbc.sql("""
                INSERT INTO enterprise_import (id, person_id, file_name, created, updated, unchanged, rejected, status,
                    total, processed) VALUES (?,?,?,0,0,0,0,'RUNNING',?,0)""")
                .params(id, personId, abbreviate(fileName), total).update();
    }

    void progress(UUID id, int processed) {
        jdbc.sql("UPDATE enterprise_import SET processed = ? WHERE id = ?").params(processed, id).update();
    }

    void fail(UUID id) {
        jdbc.sql("UPDATE enterprise_import SET status = 'FAILED' WHERE id = ?").param(id).update();
    }

    /** Records the outcome of an import begun with {@link #begin}. */
    @Transactional
    void finish(ImportResult r) {
        jdbc.sql("""
                UPDATE enterprise_import SET created = ?, updated = ?, unchanged = ?, rejected = ?, status = 'DONE',
                    processed = total WHERE id = ?""")
                .params(r.created(), r.updated(), r.unchanged(), r.rejected(), r.id()).update();
        for (int i = 0; i < r.errors().size(); i++) {
            ImportResult.RowError e = r.errors().get(i);
            jdbc.sql("INSERT INTO enterprise_import_error (import_id, position, row_no, col, reason) VALUES (?,?,?,?,?)")
                    .params(r.id(), i, e.row(), abbreviate(e.column()), e.reason()).update();
        }
    }

    /** Records an import that ran to its end in one request. */
    @Transactional
    void save(ImportResult r, UUID personId) {
        begin(r.id(), personId, r.fileName(), r.total());
        finish(r);
    }

    /** The import, if it was made by this person. */
    Optional<ImportState> find(UUID id, UUID personId) {
        List<ImportResult.RowError> errors = jdbc.sql(
                "SELECT row_no, col, reason FROM enterprise_import_error WHERE import_id = ? ORDER BY position")
                .param(id).query((rs, i) -> new ImportResult.RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
                SELECT file_name, created, updated, unchanged, rejected, status, processed, total
                FROM enterprise_import WHERE id = ? AND person_id IS NOT DISTINCT FROM ?""").params(id, personId)
                .query((rs, i) -> new ImportState(new ImportResult(id, rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), errors), ImportState.Status.valueOf(rs.getString(6)), rs.getInt(7),
                        rs.getInt(8)))
                .optional();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
