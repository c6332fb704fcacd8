package org.fengqiao.triage.classifier;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF, quoted fields may hold commas, quotes
 * (doubled) and line breaks. Lenient where files in the wild are: a stray quote inside an unquoted field is kept
 * as text, and a file cut off inside a quoted field ends that field.
 */
public final class Csv {

    private Csv() {
    }

    public static List<List<String>> parse(Reader in) {
        try {
            return records(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> parse(String text) {
        return parse(new java.io.StringReader(text));
    }

    private static List<List<String>> records(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int c = in.read();
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        endRecord(rows, row, field);
                        row = new ArrayList<>();
                        fieldStarted = false;
                        c = next;
                        continue;
                    }
                }
                endRecord(rows, row, field);
                row = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            c = in.read();
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            endRecord(rows, row, field);
        }
        return rows;
    }

    private static void endRecord(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
    }

    /** Writes records so that {@link #parse} reads them back unchanged; fields are quoted when they must be. */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String f = row.get(i);
                if (f.isEmpty() && row.size() == 1) {
                    out.append("\"\"");
                } else if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    out.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(f);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
