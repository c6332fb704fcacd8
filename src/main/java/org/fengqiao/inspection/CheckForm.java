package org.fengqiao.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a check form (检查表): professional forms belong to a department, general ones to everyone.
 *
 * @param number  the form version these items belong to
 * @param version optimistic-lock version of the form
 */
record CheckForm(UUID id, String code, String name, Kind kind, UUID unitId, int number, List<Item> items,
        long version) {

    enum Kind { PROFESSIONAL, GENERAL }

    /** An item to check, with its legal basis and whether a finding on it needs photo evidence. */
    record Item(UUID id, String section, int position, String text, AnswerType type, List<String> choices,
            String legalBasis, boolean photoRequired) {
    }

    /** Items grouped by section, in order. */
    public Map<String, List<Item>> sections() {
        Map<String, List<Item>> sections = new LinkedHashMap<>();
        items.forEach(i -> sections.computeIfAbsent(i.section(), s -> new java.util.ArrayList<>()).add(i));
        return sections;
    }

    Item item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new org.fengqiao.shared.InvalidInput("itemId", "inspection.form.noSuchItem"));
    }
}
