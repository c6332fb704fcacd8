package org.fengqiao.org;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.org.roster.DutyRosters;
import org.springframework.stereotype.Service;

/** Who answers for a unit on a date (轮值主管): empty when the unit keeps no rotation or it has not started. */
@Service
public class DutyRoster {

    private final DutyRosters rosters;
    private final People people;

    DutyRoster(DutyRosters rosters, People people) {
        this.rosters = rosters;
        this.people = people;
    }

    public Optional<OnDuty> onDutyNow(UUID unitId) {
        return onDuty(unitId, LocalDate.now(ZoneId.of(FengqiaoApplication.ZONE)));
    }

    public Optional<OnDuty> onDuty(UUID unitId, LocalDate date) {
        return rosters.find(unitId).flatMap(r -> r.on(date)).map(s -> new OnDuty(unitId, s.personId(),
                people.find(s.personId()).map(Person::displayName).orElse("?"), s.from(), s.until(), s.swapped()));
    }
}
