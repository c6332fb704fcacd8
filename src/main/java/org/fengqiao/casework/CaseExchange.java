package org.fengqiao.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as other systems exchange them (Open311 and the like): intake from a client, and a public summary that
 * carries no personal data at all. A signed-in actor reads what {@link CaseAccess} lets them see; an anonymous
 * client reads only the cases that came in through the client's own channel.
 */
@Service
public class CaseExchange {

    /** A case sent by another system, unchecked (the intake checks every field). */
    public record Incoming(String title, String description, Category category, String reporterName,
            String reporterPhone, String enterpriseName, String address, Double lat, Double lon,
            String jurisdiction) {
    }

    /** What another system may read of a case: no reporter name or phone. */
    public record Summary(UUID id, String number, Category category, Channel channel, CaseStatus status,
            String title, String description, String address, Double lat, Double lon, String jurisdictionPath,
            String leadUnitName, String reply, ClosureKind closureKind, Instant dueAt, Instant createdAt,
            Instant updatedAt, Boolean satisfied, Integer score, Instant repliedAt, UUID leadUnitId) {
    }

    /** Filters as exchanged; null or empty means no filter. */
    public record Filter(List<UUID> ids, List<String> numbers, Set<Category> categories, Instant from, Instant to, Boolean open,
            int page, int size) {

        public Filter {
            ids = ids == null ? List.of() : List.copyOf(ids);
            numbers = numbers == null ? List.of() : List.copyOf(numbers);
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            page = Math.max(0, page);
            size = Math.min(1000, Math.max(1, size));
        }
    }

    private final CaseIntake intake;
    private final CaseAccess access;
    private final JdbcClient jdbc;

    CaseExchange(CaseIntake intake, CaseAccess access, JdbcClient jdbc) {
        this.intake = intake;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Files the case as the actor through the channel; refusals are the intake's {@code InvalidInput}s. */
    @Transactional
    public Summary submit(Incoming in, Actor actor, Channel channel) {
        Case c = intake.submit(new Submission(in.title(), in.description(), in.category(), in.reporterName(),
                in.reporterPhone(), null, in.enterpriseName(), in.address(), in.lat(), in.lon(), in.jurisdiction(),
                null), actor, channel).filed();
        return find(c.number(), actor, channel).orElseThrow();
    }

    public Optional<Summary> find(String number, Actor actor, Channel channel) {
        return list(new Filter(null, List.of(number), null, null, null, null, 0, 1), actor, channel).stream()
                .findFirst();
    }

    public Optional<Summary> find(CaseId id, Actor actor, Channel channel) {
        return list(new Filter(List.of(id.value()), null, null, null, null, null, 0, 1), actor, channel).stream()
                .findFirst();
    }

    /** The case as it stands now, for the system's own projections (statistics); never shown to a person as is. */
    public Optional<Summary> current(CaseId id) {
        return jdbc.sql("SELECT c.*, u.name AS uname FROM cases c LEFT JOIN unit u ON u.id = c.lead_unit_id"
                + " WHERE c.id = ?").param(id.value()).query(CaseExchange::summary).optional();
    }

    /** Newest first, inside what the actor may see. */
    public List<Summary> list(Filter f, Actor actor, Channel channel) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (actor.isAnonymous()) {
            params.put("channel", channel.name());
            where.append("c.channel = :channel");
        } else {
            where.append(CaseSearch.scope(access.scopeOf(actor), params));
        }
        if (!f.ids().isEmpty()) {
            params.put("ids", f.ids());
            where.append(" AND c.id IN (:ids)");
        }
        if (!f.numbers().isEmpty()) {
            params.put("numbers", f.numbers());
            where.append(" AND c.number IN (:numbers)");
        }
        if (!f.categories().isEmpty()) {
            params.put("categories", f.categories().stream().map(Enum::name).toList());
            where.append(" AND c.category IN (:categories)");
        }
        if (f.from() != null) {
            params.put("from", Cases.ts(f.from()));
            where.append(" AND c.created_at >= :from");
        }
        if (f.to() != null) {
            params.put("to", Cases.ts(f.to()));
            where.append(" AND c.created_at <= :to");
        }
        if (f.open() != null) {
            params.put("closed", List.of(CaseStatus.REJECTED.name(), CaseStatus.CLOSED.name(),
                    CaseStatus.CANCELLED.name()));
            where.append(f.open() ? " AND c.status NOT IN (:closed)" : " AND c.status IN (:closed)");
        }
        params.put("limit", f.size());
        params.put("offset", (long) f.page() * f.size());
        return jdbc.sql("SELECT c.*, u.name AS uname FROM cases c LEFT JOIN unit u ON u.id = c.lead_unit_id WHERE "
                + where + " ORDER BY c.created_at DESC, c.number DESC LIMIT :limit OFFSET :offset")
                .params(params).query(CaseExchange::summary).list();
    }

    private static Summary summary(ResultSet rs, int i) throws SQLException {
        String closure = rs.getString("closure_kind");
        return new Summary(rs.getObject("id", UUID.class), rs.getString("number"),
                Category.valueOf(rs.getString("category")), Channel.valueOf(rs.getString("channel")),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("description"),
                rs.getString("address"), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class),
                rs.getString("jurisdiction_path"), rs.getString("uname"), rs.getString("reply"),
                closure == null ? null : ClosureKind.valueOf(closure), Cases.instant(rs.getTimestamp("due_at")),
                Cases.instant(rs.getTimestamp("created_at")), Cases.instant(rs.getTimestamp("updated_at")),
                rs.getObject("satisfied", Boolean.class), rs.getObject("score", Integer.class),
                Cases.instant(rs.getTimestamp("replied_at")), rs.getObject("lead_unit_id", UUID.class));
    }
}
