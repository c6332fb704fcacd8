package org.fengqiao.triage;

import java.time.OffsetDateTime;

/**
 * One trained classifier. Version 1 ships with the application; later versions are retrained in the application
 * and become active only when an admin accepts their held-out evaluation.
 */
record ModelVersion(int version, OffsetDateTime createdAt, String createdBy, String source, int trainingRows,
        int corrections, Double macroF1, Double accuracy, Double ece, String evaluation, Status status,
        boolean active) {

    enum Status { CANDIDATE, ACCEPTED, REJECTED }

    boolean shipped() {
        return version == 1;
    }
}
