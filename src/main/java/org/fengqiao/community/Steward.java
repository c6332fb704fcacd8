package org.fengqiao.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A resident or partner who owns topics and grid areas in a community, once approved. */
record Steward(UUID id, String communityCode, String name, String phone, Type type, Recruitment recruitment,
        String recommendedBy, List<String> topics, List<String> grids, Status status, String proposedBy,
        String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt, long version) {

    /** 先锋主理人 (party members' service), 文明主理人 (civility, neighbourhood), 平安主理人 (safety, patrols). */
    enum Type { PIONEER, CIVILITY, SAFETY }

    /** 动员 (asked by the community), 推荐 (recommended by someone), 自荐 (volunteered). */
    enum Recruitment { MOBILISED, RECOMMENDED, SELF }

    enum Status { PENDING, APPROVED, REJECTED }
}
