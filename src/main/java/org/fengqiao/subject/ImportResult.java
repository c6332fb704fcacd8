package org.fengqiao.subject;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: how many rows created, updated, left unchanged or rejected, and why each rejected row was.
 *
 * @param id identifies the stored error report
 */
public record ImportResult(UUID id, String fileName, int created, int updated, int unchanged, int rejected,
        List<RowError> errors) {

    /** One reason a row was rejected: the row as numbered in the file, the column header and the reason in zh-CN. */
    public record RowError(int row, String column, String reason) {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public int total() {
        return created + updated + unchanged + rejected;
    }
}
