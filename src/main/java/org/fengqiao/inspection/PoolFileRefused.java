package org.fengqiao.inspection;

import java.util.List;

import org.fengqiao.shared.DomainException;

/**
 * A data-pool file with bad rows: nothing of it was imported. The message names the first rows and fields at fault;
 * {@link #errors()} lists them all.
 */
class PoolFileRefused extends DomainException {

    /** One bad value: the row as numbered in the file (header = 1), the column as headed there, and why. */
    record RowError(int row, String column, String message) {

        @Override
        public String toString() {
            return row + ":" + column + ":" + message;
        }
    }

    private final transient List<RowError> errors;

    PoolFileRefused(List<RowError> errors, String summary) {
        super("inspection.pool.refused", "file", errors.size(), summary);
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
