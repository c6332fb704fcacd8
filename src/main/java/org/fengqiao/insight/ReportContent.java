package org.fengqiao.insight;

import java.util.List;

/**
 * What a report says, already in the reader's language: a title and tables. The Excel and PDF writers only lay
 * it out, so both files say the same. A table's {@code barColumn} (or -1) holds the counts drawn as bars, the
 * tabular equivalent of the dashboard's charts; a {@link Rate} is a share shown as a percentage.
 */
record ReportContent(String title, String subtitle, String footer, List<Table> tables) {

    record Table(String title, List<String> headers, List<List<Object>> rows, int barColumn) {

        long maxOfBar() {
            if (barColumn < 0) {
                return 0;
            }
            return rows.stream().map(r -> r.get(barColumn)).filter(Number.class::isInstance)
                    .mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        }
    }

    /** A share between 0 and 1, or null where the whole is zero (shown as a dash). */
    record Rate(Double value) {

        String percent() {
            return value == null ? "—" : String.format("%.1f%%", value * 100);
        }
    }
}
