package org.fengqiao.subject;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets write it: comma-separated, fields quoted with {@code "} when they hold commas,
 * quotes or line breaks, a quote inside a quoted field doubled. Records end with CRLF, LF or CR; blank lines are
 * skipped. Parsing is lenient where Excel is (a stray quote inside an unquoted field is kept as text) and strict
 * only about a quoted field that never ends.
 */
final class Csv {

    /** The input ends inside a quoted field. */
    static final class Unterminated extends RuntimeException {
        final int record;

        Unterminated(int record) {
            super("quoted field not closed in record " + record);
            this.record = record;
        }
    }

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Unterminated(records.size() + 1);
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
            boolean fieldStarted) {
        if (record.isEmpty() && field.isEmpty() && !fieldStarted) {
            return;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
    }

    /** Writes records with CRLF line ends, quoting only where needed. */
    static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(record.get(i), record.size() == 1));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value, boolean alone) {
        String v = value == null ? "" : value;
        // a lone empty field would be a blank line, which readers skip
        boolean needs = (alone && v.isEmpty()) || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
