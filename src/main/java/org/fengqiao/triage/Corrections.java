package org.fengqiao.triage;

import java.util.List;
import java.util.UUID;

import org.fengqiao.triage.classifier.LabelledMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categories that dispatchers set by hand where the model's suggestion was wrong. */
@Repository
class Corrections {

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID caseId, String text, String predicted, String corrected, String by, Integer modelVersion) {
        jdbc.sql("""
                INSERT INTO triage_correction (id, case_id, text, predicted, corrected, corrected_by, model_version)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, text, predicted, corrected, by, modelVersion).update();
    }

    int count() {
        return jdbc.sql("SELECT count(DISTINCT case_id) FROM triage_correction").query(Integer.class).single();
    }

    /** The latest correction of each case, as training rows (the text in the body, no title). */
    List<LabelledMessage> asTrainingRows() {
        return jdbc.sql("""
                SELECT DISTINCT ON (case_id) case_id, text, corrected FROM triage_correction
                ORDER BY case_id, corrected_at DESC, id""")
                .query((rs, i) -> new LabelledMessage("case:" + rs.getString("case_id"), "", rs.getString("text"),
                        rs.getString("corrected")))
                .list();
    }
}
