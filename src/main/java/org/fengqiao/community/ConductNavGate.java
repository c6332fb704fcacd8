package org.fengqiao.community;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.NavGate;
import org.fengqiao.shared.NavLink;
import org.springframework.stereotype.Component;

/** Shows the 三查三看 link only to those who may read some police station's checks (not to grid workers). */
@Component
class ConductNavGate implements NavGate {

    private final ConductDesk desk;
    private final CurrentActor current;

    ConductNavGate(ConductDesk desk, CurrentActor current) {
        this.desk = desk;
        this.current = current;
    }

    @Override
    public boolean admits(NavLink link) {
        return !CommunityNavigation.CONDUCT.equals(link.href()) || !desk.stations(current.get()).isEmpty();
    }
}
