package org.fengqiao.casework;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Identity of a case; other modules refer to a case by this only. New ids are UUID version 7: the first 48 bits are
 * the millisecond of intake, so ids grow with time and the cases table is partitioned by month as ranges of ids
 * (V9_3); older cases keep their random version 4 ids.
 */
public record CaseId(UUID value) {

    private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

    public CaseId {
        java.util.Objects.requireNonNull(value, "value");
    }

    /** A new id, later than every id made before it by this process (within the same millisecond too). */
    public static CaseId next() {
        return new CaseId(TIME_ORDERED.generate());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
