package org.fengqiao.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A donation drive (募捐活动) of a community: the items it collects, each with a target count, and the donations
 * received against them. Closed drives take no more donations.
 */
record Drive(UUID id, String communityCode, String communityPath, String title, String purpose, Status status,
        String createdBy, Instant createdAt, List<Item> items) {

    enum Status { OPEN, CLOSED }

    /** An item collected, with how many are wanted and how many were received so far. */
    record Item(UUID id, String name, String unit, int target, long received) {

        public int percent() {
            return (int) Math.min(100, received * 100 / target);
        }
    }

    /** One donation as registered: who gave (optional), which item, how many. */
    record Donation(UUID id, UUID itemId, String itemName, String unit, String donorName, String donorPhone,
            int quantity, String note, Instant receivedAt, String recordedBy) {
    }
}
