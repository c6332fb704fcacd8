package org.fengqiao.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly report as Excel: sheet one has a row per department, the total and a bar chart of inspections and
 * joint inspections per department; sheet two the filing register of major decisions.
 */
@Component
class ReportWorkbook {

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(MonthlyReport.Report report, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(report.month().toString());
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue(text("inspection.report.department", locale));
            List<ReportColumns.Column> columns = ReportColumns.ALL;
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i + 1).setCellValue(text("inspection.report." + columns.get(i).key(), locale));
            }
            int n = 1;
            for (MonthlyReport.Row r : report.rows()) {
                row(sheet.createRow(n++), r.unitName(), r);
            }
            row(sheet.createRow(n), text("inspection.report.total", locale), report.total());
            if (!report.rows().isEmpty()) {
                chart(sheet, report.rows().size(), n + 2, locale);
            }
            register(book.createSheet(text("inspection.register.sheet", locale)), report.register(), locale);
            book.write(out);
        }
    }

    private static void row(Row row, String name, MonthlyReport.Row r) {
        row.createCell(0).setCellValue(name);
        for (int i = 0; i < ReportColumns.ALL.size(); i++) {
            Object v = ReportColumns.ALL.get(i).value().apply(r);
            if (v instanceof Integer x) {
                row.createCell(i + 1).setCellValue(x);
            } else if (v instanceof Double d) {
                row.createCell(i + 1).setCellValue(Math.round(d * 1000) / 1000.0);
            } else if (v instanceof BigDecimal b) {
                row.createCell(i + 1).setCellValue(b.doubleValue());
            }
        }
    }

    private void chart(XSSFSheet sheet, int departments, int top, Locale locale) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, 10, top + 18));
        chart.setTitleText(text("inspection.report.chart", locale));
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, departments, 0, 0));
        XDDFChartData.Series all = data.addSeries(names,
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, departments, 1, 1)));
        all.setTitle(text("inspection.report.inspections", locale), null);
        chart.plot(data);
    }

    private void register(XSSFSheet sheet, List<EnforcementDecision> register, Locale locale) {
        String[] keys = {"filingNumber", "documentNumber", "enterprise", "department", "kind", "fine", "decidedOn",
                "reason", "filingDue"};
        Row head = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            head.createCell(i).setCellValue(text("inspection.register." + keys[i], locale));
        }
        int n = 1;
        for (EnforcementDecision d : register) {
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(d.filed() ? d.filingNumber() : text("inspection.register.unfiled", locale));
            row.createCell(1).setCellValue(d.documentNumber());
            row.createCell(2).setCellValue(d.enterpriseName());
            row.createCell(3).setCellValue(d.unitName());
            row.createCell(4).setCellValue(text("inspection.decision.kind." + d.kind(), locale));
            row.createCell(5).setCellValue(d.fineYuan().doubleValue());
            row.createCell(6).setCellValue(d.decidedOn().toString());
            row.createCell(7).setCellValue(d.majorReason() == null ? "" : text(d.majorReason(), locale));
            row.createCell(8).setCellValue(d.filingDue() == null ? "" : d.filingDue().toString());
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
