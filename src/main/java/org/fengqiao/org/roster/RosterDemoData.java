package org.fengqiao.org.roster;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo rotation: the market regulator's head and handler take weekly turns from the first Monday of 2026. */
@Component
@ConditionalOnDemoData
@Order(40)
class RosterDemoData implements ApplicationRunner {

    private final DutyRosters rosters;
    private final Units units;
    private final People people;

    RosterDemoData(DutyRosters rosters, Units units, People people) {
        this.rosters = rosters;
        this.units = units;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        units.findByCode("U03").filter(u -> rosters.find(u.id()).isEmpty()).ifPresent(u -> {
            List<Person> two = List.of(people.findByUsername("head").orElseThrow(),
                    people.findByUsername("handler").orElseThrow());
            rosters.save(u.id(), new Rotation(two.stream().map(Person::id).toList(), 7, LocalDate.of(2026, 1, 5),
                    List.of()));
        });
    }
}
