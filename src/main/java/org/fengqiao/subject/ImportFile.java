package org.fengqiao.subject;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.shared.InvalidInput;

/**
 * An uploaded file read as rows of text: CSV in UTF-8 (with or without BOM) or the first sheet of an .xlsx
 * workbook. Row numbers are as a person sees them in the file (the header is row 1). Public for other modules'
 * imports from the data pool, which read the same files with their own limits.
 */
public final class ImportFile {

    /** One row of cells, numbered as in the file. */
    public record Line(int number, List<String> cells) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ImportFile() {
    }

    /** The rows of a file no larger than {@code maxFileSize} with at most {@code maxRows} rows below the header. */
    public static List<Line> read(String fileName, byte[] bytes, org.springframework.util.unit.DataSize maxFileSize,
            int maxRows) {
        return read(fileName, bytes, new ImportSettings(maxFileSize, maxRows));
    }

    static List<Line> read(String fileName, byte[] bytes, ImportSettings settings) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", "subject.import.empty");
        }
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw new InvalidInput("file", "subject.import.tooLarge", settings.maxFileSize().toMegabytes());
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (startsWith(bytes, ZIP)) {
            lines = xlsx(bytes);
        } else if (startsWith(bytes, OLE) || name.endsWith(".xls")) {
            throw new InvalidInput("file", "subject.import.oldExcel");
        } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            lines = csv(bytes);
        } else {
            throw new InvalidInput("file", "subject.import.fileType", fileName);
        }
        if (lines.isEmpty()) {
            throw new InvalidInput("file", "subject.import.empty");
        }
        if (lines.size() - 1 > settings.maxRows()) {
            throw new InvalidInput("file", "subject.import.tooManyRows", settings.maxRows());
        }
        return lines;
    }

    private static List<Line> csv(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "subject.import.encoding");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInput("file", "subject.import.fileType", "binary");
        }
        List<List<String>> records;
        try {
            records = Csv.parse(text);
        } catch (Csv.Unterminated e) {
            throw new InvalidInput("file", "subject.import.unterminated", e.record);
        }
        List<Line> lines = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            lines.add(new Line(i + 1, records.get(i)));
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return lines;
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception e) {
            // not a workbook, a damaged one, or a zip bomb refused by POI
            throw new InvalidInput("file", "subject.import.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
