package org.fengqiao.subject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The rejected rows of an import as a file people open in Excel: CSV (UTF-8 with BOM) or .xlsx. */
final class ErrorReport {

    static final List<String> HEADER = List.of("行号", "列", "原因");

    private ErrorReport() {
    }

    static byte[] csv(ImportResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        result.errors().forEach(e -> rows.add(List.of(String.valueOf(e.row()), e.column(), e.reason())));
        // the BOM makes Excel on Windows read UTF-8 instead of GBK
        return ("\uFEFF" + Csv.write(rows)).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ImportResult result) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("错误报告");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < result.errors().size(); r++) {
                ImportResult.RowError e = result.errors().get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(e.row());
                row.createCell(1).setCellValue(e.column());
                row.createCell(2).setCellValue(e.reason());
            }
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
