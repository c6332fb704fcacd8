package org.fengqiao.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A mediation as shown to a person: parties' phones masked unless the viewer may see personal data. */
record MediationView(UUID id, String number, String communityCode, Mediation.Type type, String summary,
        List<String> mediators, List<Mediation.Party> parties, Mediation.Status status, String terms,
        String agreement, Mediation.Referral referredTo, String referralReason, String createdBy, Instant createdAt,
        long version) {

    static MediationView of(Mediation m, Actor viewer) {
        List<Mediation.Party> parties = viewer.maySeePersonalData() ? m.parties() : m.parties().stream()
                .map(p -> new Mediation.Party(p.side(), p.name(), Masking.phone(p.phone()))).toList();
        return new MediationView(m.id(), m.number(), m.communityCode(), m.type(), m.summary(), m.mediators(), parties,
                m.status(), m.terms(), m.agreement(), m.referredTo(), m.referralReason(), m.createdBy(),
                m.createdAt(), m.version());
    }
}
