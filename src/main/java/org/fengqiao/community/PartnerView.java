package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A partner unit as shown to a person: the contact's phone masked unless the viewer may see personal data. */
record PartnerView(UUID id, String name, String contactName, String contactPhone, List<Partner.Resource> resources) {

    static PartnerView of(Partner p, Actor viewer) {
        boolean full = viewer != null && viewer.maySeePersonalData();
        return new PartnerView(p.id(), p.name(), full ? p.contactName() : Masking.name(p.contactName()),
                full ? p.contactPhone() : Masking.phone(p.contactPhone()), p.resources());
    }
}
