package org.fengqiao.inspection.planner;

import java.time.LocalDate;

/**
 * One department's wish to inspect one firm once, some day between {@code earliest} and {@code latest}
 * (inclusive), for {@code minutes} of its staff time.
 */
public record Demand(String id, String shopId, String department, LocalDate earliest, LocalDate latest,
        int minutes, DemandKind kind) {

    public Demand {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest: " + id);
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive: " + id);
        }
    }

    public boolean allows(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }
}
