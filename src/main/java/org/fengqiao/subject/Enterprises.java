package org.fengqiao.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.NotFound;
import org.fengqiao.shared.PhoneNumber;
import org.fengqiao.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enterprise registry. Reads for people go through the {@code Actor}: staff see the enterprises inside their
 * jurisdictions, an enterprise account sees the enterprises it represents; anything else is "not found".
 */
@Repository
public class Enterprises {

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unscoped, for other modules' own rules (e.g. a case about an enterprise). */
    public Optional<Enterprise> find(EnterpriseId id) {
        return jdbc.sql("SELECT * FROM enterprise WHERE id = ?").param(id.value()).query(Enterprises::map).optional();
    }

    public Optional<Enterprise> findByCreditCode(CreditCode code) {
        return jdbc.sql("SELECT * FROM enterprise WHERE credit_code = ?").param(code.value())
                .query(Enterprises::map).optional();
    }

    /** The enterprise if the actor may see it; otherwise {@link NotFound}, so that existence is not revealed. */
    public Enterprise visibleTo(Actor actor, EnterpriseId id) {
        return find(id).filter(e -> maySee(actor, e)).orElseThrow(() -> new NotFound("enterprise", id));
    }

    /** Whether the actor may see this enterprise at all. */
    public boolean maySee(Actor actor, Enterprise e) {
        if (seesByJurisdiction(actor) && actor.covers(e.jurisdictionPath())) {
            return true;
        }
        return actor.personId() != null && actor.has(Role.ENTERPRISE)
                && representedBy(actor.personId()).stream().anyMatch(r -> r.id().equals(e.id()));
    }

    /** The enterprises a person account represents (企业账号). */
    public List<Enterprise> representedBy(UUID personId) {
        return jdbc.sql("""
                SELECT e.* FROM enterprise e JOIN enterprise_member m ON m.enterprise_id = e.id
                WHERE m.person_id = ? ORDER BY e.name""").param(personId).query(Enterprises::map).list();
    }

    /** The person accounts that represent this enterprise (企业账号). */
    public List<UUID> memberIds(EnterpriseId id) {
        return jdbc.sql("SELECT person_id FROM enterprise_member WHERE enterprise_id = ? ORDER BY person_id")
                .param(id.value()).query(UUID.class).list();
    }

    public EnterprisePage search(EnterpriseQuery query, Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scope(actor, params) + filters(query, params);
        long total = jdbc.sql("SELECT count(*) FROM enterprise WHERE " + where).params(params).query(Long.class)
                .single();
        String order = switch (query.sort()) {
            case NAME -> "name, credit_code";
            case CREDIT_CODE -> "credit_code";
            case INDUSTRY -> "industry, name";
            case UPDATED -> "updated_at DESC, credit_code";
        };
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<Enterprise> items = jdbc.sql("SELECT * FROM enterprise WHERE " + where + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset").params(params).query(Enterprises::map).list();
        return new EnterprisePage(items, total, query.page(), query.size());
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM enterprise").query(Long.class).single();
    }

    Enterprise insert(EnterpriseDetails d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO enterprise (id, name, credit_code, address, industry, jurisdiction_id, jurisdiction_path,
                    latitude, longitude, contact_name, contact_phone, credit_status)
                VALUES (:id, :name, :code, :address, :industry, :jid, :jpath, :lat, :lon, :cname, :cphone, :status)""")
                .params(columns(d)).param("id", id).update();
        return find(new EnterpriseId(id)).orElseThrow();
    }

    /** Overwrites the details if nobody changed the record since {@code expectedVersion}. */
    Enterprise update(EnterpriseId id, long expectedVersion, EnterpriseDetails d) {
        int changed = jdbc.sql("""
                UPDATE enterprise SET name = :name, credit_code = :code, address = :address, industry = :industry,
                    jurisdiction_id = :jid, jurisdiction_path = :jpath, latitude = :lat, longitude = :lon,
                    contact_name = :cname, contact_phone = :cphone, credit_status = :status,
                    updated_at = now(), version = version + 1
                WHERE id = :id AND version = :version""")
                .params(columns(d)).param("id", id.value()).param("version", expectedVersion).update();
        if (changed == 0) {
            Enterprise now = find(id).orElseThrow(() -> new NotFound("enterprise", id));
            throw new StaleVersion(id, expectedVersion, now.version());
        }
        return find(id).orElseThrow();
    }

    void addMember(EnterpriseId enterprise, UUID personId) {
        jdbc.sql("INSERT INTO enterprise_member (enterprise_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(enterprise.value(), personId).update();
    }

    static boolean seesByJurisdiction(Actor actor) {
        return actor.hasAny(Role.ADMIN, Role.DISPATCHER, Role.HANDLER, Role.HEAD, Role.OFFICER, Role.AUDITOR);
    }

    private static String scope(Actor actor, Map<String, Object> params) {
        List<String> ors = new ArrayList<>();
        if (seesByJurisdiction(actor)) {
            for (int i = 0; i < actor.jurisdictionPaths().size(); i++) {
                params.put("scope" + i, actor.jurisdictionPaths().get(i) + "%");
                ors.add("jurisdiction_path LIKE :scope" + i);
            }
        }
        if (actor.has(Role.ENTERPRISE) && actor.personId() != null) {
            params.put("member", actor.personId());
            ors.add("id IN (SELECT enterprise_id FROM enterprise_member WHERE person_id = :member)");
        }
        return ors.isEmpty() ? "false" : "(" + String.join(" OR ", ors) + ")";
    }

    private static String filters(EnterpriseQuery q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (q.text() != null) {
            params.put("text", "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" AND (name ILIKE :text OR credit_code ILIKE :text OR address ILIKE :text)");
        }
        if (q.industry() != null) {
            params.put("industry", q.industry());
            sql.append(" AND industry = :industry");
        }
        if (q.jurisdictionPath() != null) {
            params.put("jpath", q.jurisdictionPath().replace("%", "").replace("_", "\\_") + "%");
            sql.append(" AND jurisdiction_path LIKE :jpath");
        }
        if (q.creditStatus() != null) {
            params.put("status", q.creditStatus().name());
            sql.append(" AND credit_status = :status");
        }
        return sql.toString();
    }

    private static Map<String, Object> columns(EnterpriseDetails d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.name());
        p.put("code", d.creditCode().value());
        p.put("address", d.address());
        p.put("industry", d.industry());
        p.put("jid", d.jurisdictionId());
        p.put("jpath", d.jurisdictionPath());
        p.put("lat", d.location() == null ? null : java.math.BigDecimal.valueOf(d.location().latitude()));
        p.put("lon", d.location() == null ? null : java.math.BigDecimal.valueOf(d.location().longitude()));
        p.put("cname", d.contact() == null ? null : d.contact().name());
        p.put("cphone", d.contact() == null || d.contact().phone() == null ? null : d.contact().phone().value());
        p.put("status", d.creditStatus().name());
        return p;
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        java.math.BigDecimal lat = rs.getBigDecimal("latitude");
        java.math.BigDecimal lon = rs.getBigDecimal("longitude");
        String cname = rs.getString("contact_name");
        String cphone = rs.getString("contact_phone");
        Contact contact = cname == null && cphone == null ? null
                : new Contact(cname, cphone == null ? null : new PhoneNumber(cphone));
        EnterpriseDetails d = new EnterpriseDetails(rs.getString("name"), new CreditCode(rs.getString("credit_code")),
                rs.getString("address"), rs.getString("industry"), rs.getObject("jurisdiction_id", UUID.class),
                rs.getString("jurisdiction_path"),
                lat == null || lon == null ? null : new Coordinates(lat.doubleValue(), lon.doubleValue()), contact,
                CreditStatus.valueOf(rs.getString("credit_status")));
        return new Enterprise(new EnterpriseId(rs.getObject("id", UUID.class)), d,
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
