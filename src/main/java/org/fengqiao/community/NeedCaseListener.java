package org.fengqiao.community;

import org.fengqiao.casework.CaseClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Joins needs to the case loop: when a need's case closes, the need is done. */
@Component
class NeedCaseListener {

    private final NeedHandling handling;

    NeedCaseListener(NeedHandling handling) {
        this.handling = handling;
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        handling.caseClosed(event.caseId().value(), event.number());
    }
}
