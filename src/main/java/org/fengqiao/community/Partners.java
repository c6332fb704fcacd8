package org.fengqiao.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Partner p, String communityPath, String by) {
        jdbc.sql("INSERT INTO community_partner (id, community_code, community_path, name, contact_name,"
                + " contact_phone, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.communityCode(), communityPath, p.name(), p.contactName(), p.contactPhone(), by)
                .update();
    }

    void addResource(Partner.Resource r) {
        jdbc.sql("INSERT INTO community_resource (id, partner_id, kind, description, quantity) VALUES (?, ?, ?, ?, ?)")
                .params(r.id(), r.partnerId(), r.kind().name(), r.description(), r.quantity()).update();
    }

    boolean exists(String communityCode, String name) {
        return jdbc.sql("SELECT count(*) > 0 FROM community_partner WHERE community_code = ? AND name = ?")
                .params(communityCode, name).query(Boolean.class).single();
    }

    Optional<Partner> find(UUID id) {
        return load("p.id = ?", id).stream().findFirst();
    }

    Optional<Partner> ofResource(UUID resourceId) {
        return load("p.id = (SELECT partner_id FROM community_resource WHERE id = ?)", resourceId).stream()
                .findFirst();
    }

    List<Partner> of(String communityCode) {
        return load("p.community_code = ?", communityCode);
    }

    private List<Partner> load(String where, Object param) {
        Map<UUID, Partner> partners = new LinkedHashMap<>();
        jdbc.sql("SELECT p.*, r.id AS rid, r.kind, r.description, r.quantity FROM community_partner p"
                + " LEFT JOIN community_resource r ON r.partner_id = p.id WHERE " + where
                + " ORDER BY p.name, r.created_at, r.id").param(param).query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Partner p = partners.computeIfAbsent(id, k -> {
                        try {
                            return new Partner(id, rs.getString("community_code"), rs.getString("name"),
                                    rs.getString("contact_name"), rs.getString("contact_phone"),
                                    new java.util.ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    UUID rid = rs.getObject("rid", UUID.class);
                    if (rid != null) {
                        p.resources().add(new Partner.Resource(rid, id, Partner.Kind.valueOf(rs.getString("kind")),
                                rs.getString("description"), rs.getObject("quantity", Integer.class)));
                    }
                });
        return partners.values().stream().map(p -> new Partner(p.id(), p.communityCode(), p.name(),
                p.contactName(), p.contactPhone(), List.copyOf(p.resources()))).toList();
    }
}
