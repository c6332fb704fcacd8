package org.fengqiao.casework;

import java.time.Instant;

/** The case was merged into another as a duplicate (合并办理); the target now carries the handling. */
public record CaseMerged(CaseId caseId, String number, Instant at, CaseId target, String targetNumber)
        implements CaseEvent {
}
