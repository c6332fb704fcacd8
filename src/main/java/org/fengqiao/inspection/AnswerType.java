package org.fengqiao.inspection;

import java.math.BigDecimal;
import java.util.List;

import org.fengqiao.shared.InvalidInput;

/** How an item of a check form is answered. */
enum AnswerType {
    YES_NO, NUMBER, TEXT, CHOICE;

    /** The answer as stored, or {@link InvalidInput} naming the field when it does not fit this type. */
    String check(String raw, List<String> choices, String field) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidInput(field, "inspection.error.required");
        }
        switch (this) {
            case YES_NO -> {
                if (!value.equals("YES") && !value.equals("NO")) {
                    throw new InvalidInput(field, "inspection.form.answerYesNo");
                }
            }
            case NUMBER -> {
                try {
                    value = new BigDecimal(value).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidInput(field, "inspection.form.answerNumber", value);
                }
            }
            case CHOICE -> {
                if (!choices.contains(value)) {
                    throw new InvalidInput(field, "inspection.form.answerChoice", String.join("/", choices));
                }
            }
            case TEXT -> {
                if (value.length() > 1000) {
                    throw new InvalidInput(field, "inspection.form.answerTooLong", 1000);
                }
            }
        }
        return value;
    }
}
