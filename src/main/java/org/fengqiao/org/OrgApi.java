package org.fengqiao.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Units and the jurisdiction tree for machine clients (routing tables, pickers). Staff only. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR')")
class OrgApi {

    record UnitJson(UUID id, String code, String name, UnitKind kind, boolean active, JurisdictionRef jurisdiction) {
    }

    record JurisdictionRef(UUID id, String code, String name, String path) {
    }

    record Node(UUID id, String code, String name, JurisdictionLevel level, String path, List<Node> children) {
    }

    private final Units units;
    private final Jurisdictions jurisdictions;

    OrgApi(Units units, Jurisdictions jurisdictions) {
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/units")
    List<UnitJson> units() {
        Map<UUID, Jurisdiction> places = jurisdictions.all().stream()
                .collect(Collectors.toMap(Jurisdiction::id, j -> j));
        return units.all().stream().map(u -> {
            Jurisdiction j = places.get(u.jurisdictionId());
            return new UnitJson(u.id(), u.code(), u.name(), u.kind(), u.active(),
                    new JurisdictionRef(j.id(), j.code(), j.name(), j.path()));
        }).toList();
    }

    /** The whole tree, districts at the top. */
    @GetMapping("/jurisdictions")
    List<Node> jurisdictions() {
        return tree(jurisdictions.all(), null);
    }

    static List<Node> tree(List<Jurisdiction> all, UUID parent) {
        List<Node> nodes = new ArrayList<>();
        for (Jurisdiction j : all) {
            if (java.util.Objects.equals(j.parentId(), parent)) {
                nodes.add(new Node(j.id(), j.code(), j.name(), j.level(), j.path(), tree(all, j.id())));
            }
        }
        return nodes;
    }
}
