package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.shared.InvalidInput;

/**
 * A resident's need (居民需求). It is open until someone matches it to a partner's resource or turns it into a
 * case; a matched need is done when the grid worker records the outcome, a case-backed need when its case closes.
 */
record Need(UUID id, String number, String communityCode, String communityPath, Source source, String residentName,
        String residentPhone, String text, Instant raisedAt, Status status, UUID resourceId, UUID caseId,
        String caseNumber, String createdBy, Instant createdAt, long version) {

    /** 手机页面, 二维码海报, 微信群, 工作人员录入. */
    enum Source { PHONE, POSTER, WECHAT, STAFF }

    enum Status { OPEN, MATCHED, CASE, DONE }

    Need matched(UUID resource) {
        require(status == Status.OPEN);
        return with(Status.MATCHED, resource, caseId, caseNumber);
    }

    Need filedAsCase(UUID id, String number) {
        require(status == Status.OPEN || status == Status.MATCHED);
        return with(Status.CASE, resourceId, id, number);
    }

    /** Done by the grid worker: only a matched need (a case-backed one is done when its case closes). */
    Need completed() {
        require(status == Status.MATCHED);
        return with(Status.DONE, resourceId, caseId, caseNumber);
    }

    Need caseClosed() {
        require(status == Status.CASE);
        return with(Status.DONE, resourceId, caseId, caseNumber);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new InvalidInput("status", "community.error.needState", status);
        }
    }

    private Need with(Status s, UUID resource, UUID caseRef, String caseNo) {
        return new Need(id, number, communityCode, communityPath, source, residentName, residentPhone, text, raisedAt,
                s, resource, caseRef, caseNo, createdBy, createdAt, version);
    }
}
