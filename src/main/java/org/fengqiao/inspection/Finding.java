package org.fengqiao.inspection;

import java.time.Instant;
import java.util.UUID;

/** Something wrong found at an inspection, on one item of a form or in general, with optional photo evidence. */
record Finding(UUID id, UUID recordId, UUID itemId, Severity severity, String note, String photoName,
        Instant createdAt) {

    enum Severity { MINOR, MAJOR, CRITICAL }

    public boolean hasPhoto() {
        return photoName != null;
    }
}
