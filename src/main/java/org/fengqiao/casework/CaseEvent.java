package org.fengqiao.casework;

import java.time.Instant;

/** Every casework event names its case; listeners that follow all of them (insight, notify) take this type. */
public interface CaseEvent {

    CaseId caseId();

    String number();

    Instant at();
}
