package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fengqiao.casework.Category;

/**
 * A joint action (专项联动) against one problem in a community, such as high-altitude throwing: the parties that run
 * it together (community, police post, property company, …) each with tasks, its own report channel (a public page
 * and a hotline) whose reports become cases, promotion events, patrols whose findings raise cases, and pledges
 * signed per household and counted per building.
 */
record Campaign(UUID id, String communityCode, String communityPath, String title, String aim, Category category,
        String hotline, LocalDate startsOn, LocalDate endsOn, String createdBy, Instant createdAt,
        UUID handlingUnitId) {

    enum PartyKind { COMMUNITY, POLICE, PROPERTY, DEPARTMENT, OTHER }

    enum EventKind { PROMOTION, PATROL }

    enum Source { PUBLIC, HOTLINE, PATROL }

    boolean runningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** A party; one that is a unit of the system (a police station, a property company) names it. */
    record Party(UUID id, PartyKind kind, String name, UUID unitId) {
    }

    /** A task one party took on; done when the party reports it done. */
    record Task(UUID id, UUID partyId, String partyName, String title, LocalDate dueOn, Instant doneAt,
            String doneBy, String doneNote) {

        public boolean done() {
            return doneAt != null;
        }
    }

    /** A promotion event or a patrol; a patrol's finding names the case it raised. */
    record Event(UUID id, EventKind kind, Instant heldAt, String place, String note, Integer people, String finding,
            String caseNumber, String recordedBy) {
    }

    /** A household's signed pledge. */
    record Pledge(String building, String room, String signerName, Instant signedAt, String recordedBy) {
    }

    /** A report that came in through the campaign's channel, the case it became and the unit it was routed to. */
    record Report(UUID id, Source source, String building, UUID caseId, String caseNumber, Instant reportedAt,
            UUID unitId) {
    }
}
