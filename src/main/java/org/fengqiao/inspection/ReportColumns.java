package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** The columns of the monthly report, in order, shared by the page, Excel and PDF. */
final class ReportColumns {

    /** A column: its message key suffix and how a row gives its value (Integer, Double rate/average or BigDecimal). */
    record Column(String key, Function<MonthlyReport.Row, Object> value, boolean rate) {
    }

    static final List<Column> ALL = List.of(
            new Column("inspections", MonthlyReport.Row::inspections, false),
            new Column("jointRate", MonthlyReport.Row::jointRate, true),
            new Column("codeRate", MonthlyReport.Row::codeRate, true),
            new Column("reinspections", MonthlyReport.Row::reinspections, false),
            new Column("ratings", MonthlyReport.Row::ratings, false),
            new Column("averageStars", MonthlyReport.Row::averageStars, false),
            new Column("complaints", MonthlyReport.Row::complaints, false),
            new Column("findings", MonthlyReport.Row::findings, false),
            new Column("severeFindings", MonthlyReport.Row::severeFindings, false),
            new Column("orders", MonthlyReport.Row::orders, false),
            new Column("escalated", MonthlyReport.Row::escalated, false),
            new Column("penalties", MonthlyReport.Row::penalties, false),
            new Column("fines", MonthlyReport.Row::fines, false),
            new Column("majorDecisions", MonthlyReport.Row::majorDecisions, false),
            new Column("droppedExempt", MonthlyReport.Row::droppedExempt, false),
            new Column("droppedCovered", MonthlyReport.Row::droppedCovered, false));

    private ReportColumns() {
    }

    /** The value as text: rates as percent with one decimal, averages with two, empty as a dash. */
    static String text(Column c, MonthlyReport.Row row) {
        Object v = c.value().apply(row);
        if (v == null) {
            return "—";
        }
        if (c.rate()) {
            return String.format("%.1f%%", (Double) v * 100);
        }
        if (v instanceof Double d) {
            return String.format("%.2f", d);
        }
        if (v instanceof BigDecimal b) {
            return b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return v.toString();
    }
}
