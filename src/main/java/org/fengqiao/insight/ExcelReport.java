package org.fengqiao.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays a report out as an Excel workbook: the title and key figures on the first sheet, one sheet per further
 * table, each with a bar chart of its count column (the dashboard's charts, as Excel draws them).
 */
final class ExcelReport {

    private ExcelReport() {
    }

    static byte[] write(ReportContent content) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<ReportContent.Table> tables = content.tables();
            for (int t = 0; t < tables.size(); t++) {
                ReportContent.Table table = tables.get(t);
                XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName((t + 1) + " " + table.title()));
                int r = 0;
                if (t == 0) {
                    text(sheet.createRow(r++), 0, content.title(), bold);
                    text(sheet.createRow(r++), 0, content.subtitle(), null);
                    text(sheet.createRow(r++), 0, content.footer(), null);
                    r++;
                }
                text(sheet.createRow(r++), 0, table.title(), bold);
                Row head = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    text(head, c, table.headers().get(c), bold);
                }
                int firstData = r;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        value(row.createCell(c), values.get(c));
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 24 * 256 : 14 * 256);
                }
                if (table.barColumn() >= 0 && !table.rows().isEmpty()) {
                    chart(sheet, table, firstData, r - 1);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chart(XSSFSheet sheet, ReportContent.Table table, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int left = table.headers().size() + 1;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 1, left + 9, 22));
        chart.setTitleText(table.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, counts);
        data.setBarDirection(table.rows().size() > 12 ? BarDirection.COL : BarDirection.BAR);
        var series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(firstRow, lastRow, table.barColumn(), table.barColumn())));
        series.setTitle(table.headers().get(table.barColumn()), null);
        data.setVaryColors(false);
        chart.plot(data);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void value(Cell cell, Object v) {
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof ReportContent.Rate rate) {
            cell.setCellValue(rate.percent());
        } else {
            cell.setCellValue(String.valueOf(v));
        }
    }
}
