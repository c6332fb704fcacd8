package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos of cases, stored in the database next to the case. */
@Repository
class Attachments {

    /** The bytes of one photo, with the case it belongs to (for the access check). */
    record Content(CaseId caseId, String fileName, String contentType, byte[] data) {
    }

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseView.AttachmentRef add(CaseId caseId, Photo photo, String uploadedBy, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_attachment (id, case_id, file_name, content_type, size_bytes, data, uploaded_at,
                  uploaded_by) VALUES (?,?,?,?,?,?,?,?)""")
                .params(id, caseId.value(), photo.fileName(), photo.contentType(), photo.data().length, photo.data(),
                        Cases.ts(at), uploadedBy)
                .update();
        return new CaseView.AttachmentRef(id, photo.fileName(), photo.contentType(), photo.data().length);
    }

    List<CaseView.AttachmentRef> of(CaseId caseId) {
        return jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM case_attachment WHERE case_id = ?"
                + " ORDER BY uploaded_at, file_name").param(caseId.value())
                .query((rs, i) -> new CaseView.AttachmentRef(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getInt("size_bytes")))
                .list();
    }

    Optional<Content> content(UUID id) {
        return jdbc.sql("SELECT case_id, file_name, content_type, data FROM case_attachment WHERE id = ?").param(id)
                .query((rs, i) -> new Content(new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("data")))
                .optional();
    }
}
