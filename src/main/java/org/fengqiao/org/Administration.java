package org.fengqiao.org;

import java.util.HashSet;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the organisation: units, accounts and the jurisdiction tree. Administrators only; every input is checked
 * here, whatever page or client it came from.
 */
@Service
class Administration {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int PASSWORD_MIN = 10;

    private final Units units;
    private final People people;
    private final Jurisdictions jurisdictions;

    Administration(Units units, People people, Jurisdictions jurisdictions) {
        this.units = units;
        this.people = people;
        this.jurisdictions = jurisdictions;
    }

    @Transactional
    Unit createUnit(String code, String name, String kind, UUID jurisdictionId, Actor actor) {
        requireAdmin(actor);
        String c = code(code, "code");
        if (units.findByCode(c).isPresent()) {
            throw new InvalidInput("code", "org.error.codeTaken", c);
        }
        return units.add(c, name(name, "name"), kind(kind), jurisdiction(jurisdictionId).id());
    }

    @Transactional
    Unit changeUnit(UUID id, long version, String name, String kind, UUID jurisdictionId, boolean active,
            Actor actor) {
        requireAdmin(actor);
        units.find(id).orElseThrow(() -> new NotFound("unit", id));
        return units.change(id, version, name(name, "name"), kind(kind), jurisdiction(jurisdictionId).id(), active);
    }

    @Transactional
    Person createPerson(String username, String displayName, String phone, String password, Set<String> roles,
            Set<UUID> jurisdictionIds, Set<UUID> unitIds, Actor actor) {
        requireAdmin(actor);
        if (username == null || !USERNAME.matcher(username.trim()).matches()) {
            throw new InvalidInput("username", "org.error.username");
        }
        String u = username.trim();
        if (people.findByUsername(u).isPresent()) {
            throw new InvalidInput("username", "org.error.usernameTaken", u);
        }
        if (password == null || password.length() < PASSWORD_MIN || password.isBlank()) {
            throw new InvalidInput("password", "org.error.password", PASSWORD_MIN);
        }
        return people.add(u, name(displayName, "displayName"), phone(phone), password, roles(roles),
                jurisdictions(jurisdictionIds), units(unitIds));
    }

    @Transactional
    Person changePerson(UUID id, long version, String displayName, String phone, boolean enabled, Set<String> roles,
            Set<UUID> jurisdictionIds, Set<UUID> unitIds, Actor actor) {
        requireAdmin(actor);
        people.find(id).orElseThrow(() -> new NotFound("person", id));
        if (id.equals(actor.personId()) && (!enabled || !roles(roles).contains(Role.ADMIN))) {
            // nobody locks the last door behind themselves
            throw new InvalidInput("roles", "org.error.selfLockout");
        }
        return people.change(id, version, name(displayName, "displayName"), phone(phone), enabled, roles(roles),
                jurisdictions(jurisdictionIds), units(unitIds));
    }

    @Transactional
    Jurisdiction addJurisdiction(UUID parentId, String code, String name, Actor actor) {
        requireAdmin(actor);
        Jurisdiction parent = jurisdiction(parentId);
        if (parent.level() == JurisdictionLevel.GRID) {
            throw new InvalidInput("parentId", "org.error.gridHasNoChildren", parent.name());
        }
        String c = code(code, "code");
        if (jurisdictions.findByCode(c).isPresent()) {
            throw new InvalidInput("code", "org.error.codeTaken", c);
        }
        JurisdictionLevel level = JurisdictionLevel.values()[parent.level().ordinal() + 1];
        return jurisdictions.add(parent.id(), level, c, name(name, "name"));
    }

    private Jurisdiction jurisdiction(UUID id) {
        if (id == null) {
            throw new InvalidInput("jurisdictionId", "org.error.required");
        }
        return jurisdictions.find(id).orElseThrow(() -> new InvalidInput("jurisdictionId", "org.error.unknown", id));
    }

    private Set<UUID> jurisdictions(Set<UUID> ids) {
        Set<UUID> out = new HashSet<>();
        for (UUID id : ids == null ? Set.<UUID>of() : ids) {
            out.add(jurisdictions.find(id).orElseThrow(() -> new InvalidInput("jurisdictionIds", "org.error.unknown", id))
                    .id());
        }
        return out;
    }

    private Set<UUID> units(Set<UUID> ids) {
        Set<UUID> out = new HashSet<>();
        for (UUID id : ids == null ? Set.<UUID>of() : ids) {
            out.add(units.find(id).orElseThrow(() -> new InvalidInput("unitIds", "org.error.unknown", id)).id());
        }
        return out;
    }

    private static Set<Role> roles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInput("roles", "org.error.roles");
        }
        Set<Role> roles = new HashSet<>();
        for (String n : names) {
            try {
                roles.add(Role.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("roles", "org.error.role", n);
            }
        }
        return roles;
    }

    private static UnitKind kind(String raw) {
        try {
            return UnitKind.valueOf(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "org.error.kind", raw);
        }
    }

    private static String code(String raw, String field) {
        if (raw == null || !CODE.matcher(raw.trim()).matches()) {
            throw new InvalidInput(field, "org.error.code");
        }
        return raw.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String name(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(field, "org.error.required");
        }
        String s = raw.strip();
        if (s.length() > 100) {
            throw new InvalidInput(field, "org.error.tooLong", 100);
        }
        return s;
    }

    private static String phone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw, "phone").value();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
    }

}
