package org.fengqiao.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.UnitKind;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and edits check forms. Editing a version that no record has used changes it in place; editing a version in
 * use makes the next version, so that every record keeps the form it was filled in with.
 */
@Service
class FormBuilder {

    /** A form as typed in, unchecked. */
    record FormDraft(String code, String name, String kind, UUID unitId, List<ItemDraft> items) {
    }

    /** An item as typed in; {@code choices} only for CHOICE. */
    record ItemDraft(String section, String text, String answerType, List<String> choices, String legalBasis,
            Boolean photoRequired) {
    }

    private final CheckForms forms;
    private final Units units;

    FormBuilder(CheckForms forms, Units units) {
        this.forms = forms;
        this.units = units;
    }

    @Transactional
    CheckForm create(Actor actor, FormDraft draft) {
        String code = text(draft.code(), "code", 32).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]+")) {
            throw new InvalidInput("code", "inspection.form.code");
        }
        if (forms.findByCode(code).isPresent()) {
            throw new InvalidInput("code", "inspection.form.codeTaken", code);
        }
        CheckForm.Kind kind = kind(draft.kind());
        UUID unitId = owner(actor, kind, draft.unitId());
        List<CheckForm.Item> items = items(draft.items());
        UUID id = UUID.randomUUID();
        forms.insert(id, code, text(draft.name(), "name", 100), kind, unitId, actor.username());
        forms.replaceItems(id, 1, items);
        return forms.get(id);
    }

    /** Changes the form; a new version when the current one is in use. */
    @Transactional
    CheckForm edit(Actor actor, UUID formId, long expectedVersion, FormDraft draft) {
        CheckForm current = forms.get(formId);
        owner(actor, current.kind(), current.unitId());
        CheckForm.Kind kind = kind(draft.kind());
        UUID unitId = owner(actor, kind, draft.unitId());
        List<CheckForm.Item> items = items(draft.items());
        forms.rename(formId, expectedVersion, text(draft.name(), "name", 100), kind, unitId);
        int number = forms.inUse(formId, current.number()) ? forms.addVersion(formId, actor.username())
                : current.number();
        forms.replaceItems(formId, number, items);
        return forms.get(formId);
    }

    /** Admins edit every form; a department's head edits its professional forms. */
    private UUID owner(Actor actor, CheckForm.Kind kind, UUID unitId) {
        if (kind == CheckForm.Kind.GENERAL) {
            if (!actor.has(Role.ADMIN)) {
                throw new Forbidden("inspection.error.adminOnly");
            }
            return null;
        }
        Unit unit = unitId == null ? null : units.find(unitId).filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .orElse(null);
        if (unit == null) {
            throw new InvalidInput("unitId", "inspection.error.department");
        }
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.HEAD) && actor.memberOf(unit.id()))) {
            throw new Forbidden("inspection.error.notYourDepartment");
        }
        return unit.id();
    }

    private static List<CheckForm.Item> items(List<ItemDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInput("items", "inspection.form.noItems");
        }
        if (drafts.size() > 200) {
            throw new InvalidInput("items", "inspection.form.tooManyItems", 200);
        }
        List<CheckForm.Item> items = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft d = drafts.get(i);
            String at = "items[" + i + "].";
            if (d == null) {
                throw new InvalidInput("items[" + i + "]", "inspection.error.required");
            }
            AnswerType type;
            try {
                type = AnswerType.valueOf(text(d.answerType(), at + "answerType", 16).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(at + "answerType", "inspection.form.answerType", d.answerType());
            }
            List<String> choices = d.choices() == null ? List.of()
                    : d.choices().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct()
                            .toList();
            if (type == AnswerType.CHOICE && choices.size() < 2) {
                throw new InvalidInput(at + "choices", "inspection.form.choices");
            }
            if (choices.stream().anyMatch(c -> c.contains("|") || c.length() > 50)) {
                throw new InvalidInput(at + "choices", "inspection.form.choiceText");
            }
            String basis = d.legalBasis() == null ? "" : d.legalBasis().strip();
            if (basis.length() > 300) {
                throw new InvalidInput(at + "legalBasis", "inspection.form.tooLong", 300);
            }
            items.add(new CheckForm.Item(UUID.randomUUID(), text(d.section(), at + "section", 100), i + 1,
                    text(d.text(), at + "text", 500), type, type == AnswerType.CHOICE ? choices : List.of(), basis,
                    Boolean.TRUE.equals(d.photoRequired())));
        }
        return items;
    }

    private static CheckForm.Kind kind(String raw) {
        try {
            return CheckForm.Kind.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "inspection.form.kind", raw == null ? "" : raw);
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "inspection.error.required");
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "inspection.form.tooLong", max);
        }
        return value.strip();
    }
}
