package org.fengqiao.notify;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;

/**
 * Something people must know. Sent to persons directly and to units, where it reaches the unit's duty supervisor
 * (轮值主管), or the unit's heads when it keeps no roster. Urgent notices also go out by SMS.
 *
 * @param link   a path inside Fengqiao (e.g. {@code /cases/123}), or null
 * @param phones people without an account (a resident who reported by phone) reached only by SMS, urgent or not
 */
public record Notice(Set<UUID> personIds, Set<UUID> unitIds, String title, String body, String link,
        boolean urgent, Set<String> phones) {

    public static final int LONGEST_TITLE = 200;
    public static final int LONGEST_BODY = 4000;

    public Notice {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        phones = phones == null ? Set.of() : Set.copyOf(phones);
        if (personIds.isEmpty() && unitIds.isEmpty() && phones.isEmpty()) {
            throw new InvalidInput("recipients", "notify.noRecipients");
        }
        if (title == null || title.isBlank() || title.length() > LONGEST_TITLE) {
            throw new InvalidInput("title", "notify.title", LONGEST_TITLE);
        }
        body = body == null ? "" : body;
        if (body.length() > LONGEST_BODY) {
            throw new InvalidInput("body", "notify.body", LONGEST_BODY);
        }
    }

    public Notice(Set<UUID> personIds, Set<UUID> unitIds, String title, String body, String link, boolean urgent) {
        this(personIds, unitIds, title, body, link, urgent, Set.of());
    }

    public static Notice toPerson(UUID personId, String title, String body, String link) {
        return new Notice(Set.of(personId), Set.of(), title, body, link, false);
    }

    public static Notice toUnit(UUID unitId, String title, String body, String link, boolean urgent) {
        return new Notice(Set.of(), Set.of(unitId), title, body, link, urgent);
    }
}
