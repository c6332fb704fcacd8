package org.fengqiao.casework;

import java.util.Map;

import org.fengqiao.shared.InvalidInput;

/** Reads a policy's limits from the fields of the policy form ({@code ACCEPT_amount}, {@code ACCEPT_unit} …). */
final class PolicyForm {

    private PolicyForm() {
    }

    static Limit limit(Map<String, String> form, Phase phase) {
        String amountField = phase.name() + "_amount";
        String unitField = phase.name() + "_unit";
        String amount = form.get(amountField);
        String unit = form.get(unitField);
        if (amount == null || amount.isBlank()) {
            throw new InvalidInput(amountField, "casework.error.required");
        }
        int value;
        try {
            value = Integer.parseInt(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(amountField, "casework.limit.amount", Limit.LARGEST);
        }
        Limit.Unit parsed;
        try {
            parsed = Limit.Unit.valueOf(unit == null ? "" : unit.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(unitField, "casework.limit.unit");
        }
        if (value < 1 || value > Limit.LARGEST) {
            throw new InvalidInput(amountField, "casework.limit.amount", Limit.LARGEST);
        }
        return new Limit(value, parsed);
    }

    static Category category(String name) {
        try {
            return Category.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("category", "casework.limit.category");
        }
    }
}
