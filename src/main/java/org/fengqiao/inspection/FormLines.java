package org.fengqiao.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fengqiao.shared.InvalidInput;

/**
 * The form builder page's text format, one item a line:
 * {@code section | item | YES_NO, NUMBER, TEXT or CHOICE | choices separated by / | legal basis | photo (Y/N)}.
 */
final class FormLines {

    private FormLines() {
    }

    static List<FormBuilder.ItemDraft> parse(String text) {
        List<FormBuilder.ItemDraft> items = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (f.length < 3 || f.length > 6) {
                throw new InvalidInput("items", "inspection.form.line", n + 1);
            }
            List<String> choices = f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split("/")) : List.of();
            String basis = f.length > 4 ? f[4] : "";
            boolean photo = f.length > 5 && (f[5].equalsIgnoreCase("Y") || f[5].equals("是"));
            items.add(new FormBuilder.ItemDraft(f[0], f[1], f[2], choices, basis, photo));
        }
        return items;
    }

    static String format(CheckForm form) {
        StringBuilder s = new StringBuilder();
        for (CheckForm.Item i : form.items()) {
            s.append(i.section()).append(" | ").append(i.text()).append(" | ").append(i.type().name()).append(" | ")
                    .append(String.join("/", i.choices())).append(" | ").append(i.legalBasis()).append(" | ")
                    .append(i.photoRequired() ? "Y" : "N").append('\n');
        }
        return s.toString();
    }
}
