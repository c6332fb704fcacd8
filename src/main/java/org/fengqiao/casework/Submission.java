package org.fengqiao.casework;

import java.util.UUID;

/** A case as typed in by a person or sent by a client, unchecked; {@link CaseIntake} checks it field by field. */
record Submission(String title, String description, Category category, String reporterName, String reporterPhone,
        String creditCode, String enterpriseName, String address, Double lat, Double lon, String jurisdiction,
        UUID visitId) {
}
