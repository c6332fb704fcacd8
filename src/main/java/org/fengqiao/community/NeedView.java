package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A need as shown to staff: the resident's phone masked unless the viewer may see personal data. */
record NeedView(UUID id, String number, String communityCode, Need.Source source, String residentName,
        String residentPhone, String text, Instant raisedAt, Need.Status status, UUID resourceId, UUID caseId,
        String caseNumber, String createdBy, long version) {

    static NeedView of(Need n, Actor viewer) {
        boolean full = viewer.maySeePersonalData();
        return new NeedView(n.id(), n.number(), n.communityCode(), n.source(),
                full ? n.residentName() : Masking.name(n.residentName()),
                full ? n.residentPhone() : Masking.phone(n.residentPhone()), n.text(), n.raisedAt(), n.status(),
                n.resourceId(), n.caseId(), n.caseNumber(), n.createdBy(), n.version());
    }
}
