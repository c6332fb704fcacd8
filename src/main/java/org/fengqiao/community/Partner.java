package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

/** A partner unit (合伙人单位) of a community and the resources it offers. */
record Partner(UUID id, String communityCode, String name, String contactName, String contactPhone,
        List<Resource> resources) {

    /** Something a partner offers: people, money, a venue or expertise; quantity where it counts. */
    record Resource(UUID id, UUID partnerId, Kind kind, String description, Integer quantity) {
    }

    enum Kind { PEOPLE, MONEY, VENUE, EXPERTISE }
}
