package org.fengqiao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One follow-up (回访) of a closed dispute: the {@code round}-th check, due on {@code dueOn}, of the close at
 * {@code closedAt}; done by the unit that led the case, by phone or visit, with outcome and satisfaction. The
 * dispute is a case ({@code caseId}) or another module's subject ({@code subject}, e.g. a mediation), never both;
 * {@code caseNumber}, {@code caseTitle} and the reporter are then the subject's number, title and contact.
 */
record FollowUp(UUID id, UUID caseId, String caseNumber, String caseTitle, Category category, Instant closedAt,
        int round, int offsetDays, LocalDate dueOn, UUID unitId, String unitName, String jurisdictionPath,
        Status status, Method method, Outcome outcome, Integer satisfaction, String note, String recordedBy,
        Instant recordedAt, long version, String reporterName, String reporterPhone, int unreached,
        SubjectFollowUps.Subject subject) {

    enum Status {
        /** Planned, its day has not come. */
        PLANNED,
        /** Its day has come (the timer fired and the unit was told). */
        DUE,
        DONE,
        /** The case was reopened before this follow-up was done. */
        CANCELLED;

        boolean open() {
            return this == PLANNED || this == DUE;
        }
    }

    enum Method {
        PHONE, VISIT
    }

    enum Outcome {
        /** The problem stayed solved (未复发). */
        HELD,
        /** The problem came back (复发): the case is reopened. */
        RECURRED,
        /**
         * Nobody could be reached (无法联系) on the last allowed attempt: neither settled nor recurred. Earlier
         * attempts that reach nobody leave the follow-up open for the next working day.
         */
        UNREACHABLE
    }

    FollowUp withPhone(String phone) {
        return new FollowUp(id, caseId, caseNumber, caseTitle, category, closedAt, round, offsetDays, dueOn, unitId,
                unitName, jurisdictionPath, status, method, outcome, satisfaction, note, recordedBy, recordedAt,
                version, reporterName, phone, unreached, subject);
    }

    boolean ofCase() {
        return caseId != null;
    }

    /** The page of the case or subject followed up. */
    public String link() {
        return ofCase() ? "/casework/cases/" + caseId : subject.link();
    }
}
