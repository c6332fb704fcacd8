package org.fengqiao.casework;

import java.time.Instant;


/**
 * 案结事了: every follow-up of a dispute's close found the problem still solved. Counted once per close.
 *
 * @param closedAt         the close the follow-ups checked
 * @param jurisdictionPath where the case is, for figures per place
 */
public record CaseSettled(CaseId caseId, String number, Instant at, Instant closedAt, Category category,
        String jurisdictionPath, int followUps) implements CaseAudited {

    @Override
    public String auditAction() {
        return "case.settled";
    }

    @Override
    public String auditDetail() {
        return "closed " + closedAt + ", follow-ups " + followUps;
    }
}
