package org.fengqiao.community;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A donation as shown to staff: the donor's phone masked unless the viewer may see personal data. */
record DonationView(UUID id, String itemName, String unit, String donorName, String donorPhone, int quantity,
        String note, Instant receivedAt, String recordedBy) {

    static DonationView of(Drive.Donation d, Actor viewer) {
        boolean full = viewer.maySeePersonalData();
        return new DonationView(d.id(), d.itemName(), d.unit(), full ? d.donorName() : Masking.name(d.donorName()),
                full ? d.donorPhone() : Masking.phone(d.donorPhone()), d.quantity(), d.note(), d.receivedAt(),
                d.recordedBy());
    }
}
