package org.fengqiao.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.fengqiao.shared.InvalidInput;

/**
 * The form builder's item rows as the page posts them: six fields per row (section, item, answer type, choices
 * separated by /, legal basis, photo Y/N), sent as parallel lists in row order. Editing the rows (add one, remove,
 * move up or down) only redraws the page; saving turns the non-empty rows into items.
 */
final class FormRows {

    static final String[] FIELDS = {"section", "text", "type", "choices", "legalBasis", "photo"};
    static final int MOST = 200;

    /** One row as the page shows it. */
    record Row(String section, String text, String type, String choices, String legalBasis, boolean photo) {

        static Row blank() {
            return new Row("", "", "YES_NO", "", "", false);
        }

        boolean empty() {
            return section.isBlank() && text.isBlank() && choices.isBlank() && legalBasis.isBlank();
        }
    }

    private FormRows() {
    }

    /** The rows posted; lists of unequal length (a tampered page) are refused. */
    static List<Row> posted(Map<String, List<String>> params) {
        List<List<String>> columns = Arrays.stream(FIELDS).map(f -> params.getOrDefault(f, List.of())).toList();
        int n = columns.get(0).size();
        if (n > MOST || columns.stream().anyMatch(c -> c.size() != n)) {
            throw new InvalidInput("items", "inspection.form.rows", MOST);
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(columns.get(0).get(i).strip(), columns.get(1).get(i).strip(),
                    columns.get(2).get(i).strip(), columns.get(3).get(i).strip(), columns.get(4).get(i).strip(),
                    "Y".equals(columns.get(5).get(i).strip())));
        }
        return rows;
    }

    static List<Row> of(CheckForm form) {
        return form.items().stream().map(i -> new Row(i.section(), i.text(), i.type().name(),
                String.join("/", i.choices()), i.legalBasis(), i.photoRequired())).toList();
    }

    /** The items to save: every row that is not left empty, in order. */
    static List<FormBuilder.ItemDraft> drafts(List<Row> rows) {
        return rows.stream().filter(r -> !r.empty()).map(r -> new FormBuilder.ItemDraft(r.section(), r.text(),
                r.type(), r.choices().isEmpty() ? List.of() : List.of(r.choices().split("/")), r.legalBasis(),
                r.photo())).toList();
    }

    /** The rows after one edit: {@code add}, {@code remove:i}, {@code up:i} or {@code down:i}. */
    static List<Row> edit(List<Row> rows, String op) {
        List<Row> out = new ArrayList<>(rows);
        String[] parts = op == null ? new String[0] : op.split(":", 2);
        if (parts.length == 1 && parts[0].equals("add") && out.size() < MOST) {
            out.add(Row.blank());
            return out;
        }
        int i = parts.length == 2 ? index(parts[1], out.size()) : -1;
        if (i < 0) {
            throw new InvalidInput("op", "inspection.form.rowOp");
        }
        switch (parts[0]) {
            case "remove" -> out.remove(i);
            case "up" -> swap(out, i, i - 1);
            case "down" -> swap(out, i, i + 1);
            default -> throw new InvalidInput("op", "inspection.form.rowOp");
        }
        return out;
    }

    private static void swap(List<Row> rows, int i, int j) {
        if (j >= 0 && j < rows.size()) {
            Row r = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, r);
        }
    }

    private static int index(String raw, int size) {
        try {
            int i = Integer.parseInt(raw);
            return i >= 0 && i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
