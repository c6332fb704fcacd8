package org.fengqiao.org.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stored office hours: the default (no unit) and those of units that keep their own. */
@Repository
public class OfficeHourRanges {

    private final JdbcClient jdbc;

    OfficeHourRanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's own hours, or the default when it has none. */
    public OfficeHours forUnit(UUID unitId) {
        return own(unitId).orElseGet(this::defaults);
    }

    public OfficeHours defaults() {
        return new OfficeHours(ranges("unit_id IS NULL", null));
    }

    public Optional<OfficeHours> own(UUID unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        List<TimeRange> r = ranges("unit_id = ?", unitId);
        return r.isEmpty() ? Optional.empty() : Optional.of(new OfficeHours(r));
    }

    /** Units with their own hours. */
    public Map<UUID, OfficeHours> allOwn() {
        return jdbc.sql("SELECT unit_id, starts, ends FROM office_hours WHERE unit_id IS NOT NULL ORDER BY starts")
                .query((rs, i) -> Map.entry(rs.getObject("unit_id", UUID.class),
                        new TimeRange(rs.getObject("starts", LocalTime.class), rs.getObject("ends", LocalTime.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.collectingAndThen(Collectors.mapping(Map.Entry::getValue, Collectors.toList()),
                                OfficeHours::new)));
    }

    /** Sets a unit's hours (or the default when {@code unitId} is null); {@code hours} null reverts a unit to the default. */
    @Transactional
    public void replace(UUID unitId, OfficeHours hours) {
        if (unitId == null) {
            jdbc.sql("DELETE FROM office_hours WHERE unit_id IS NULL").update();
        } else {
            jdbc.sql("DELETE FROM office_hours WHERE unit_id = ?").param(unitId).update();
        }
        if (hours == null) {
            return;
        }
        for (TimeRange r : hours.ranges()) {
            jdbc.sql("INSERT INTO office_hours (id, unit_id, starts, ends) VALUES (?,?,?,?)")
                    .params(UUID.randomUUID(), unitId, r.starts(), r.ends()).update();
        }
    }

    private List<TimeRange> ranges(String where, UUID unitId) {
        var spec = jdbc.sql("SELECT starts, ends FROM office_hours WHERE " + where + " ORDER BY starts");
        if (unitId != null) {
            spec = spec.param(unitId);
        }
        return spec.query((rs, i) -> new TimeRange(rs.getObject("starts", LocalTime.class),
                rs.getObject("ends", LocalTime.class))).list();
    }
}
