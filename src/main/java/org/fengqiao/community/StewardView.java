package org.fengqiao.community;

import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Masking;

/** A steward as shown to a person: the phone masked unless the viewer may see personal data. */
record StewardView(UUID id, String name, String phone, Steward.Type type, Steward.Recruitment recruitment,
        String recommendedBy, List<String> topics, List<String> grids, Steward.Status status, String proposedBy,
        String decidedBy, String decisionNote, long version) {

    static StewardView of(Steward s, Actor viewer) {
        return new StewardView(s.id(), s.name(), viewer.maySeePersonalData() ? s.phone() : Masking.phone(s.phone()),
                s.type(), s.recruitment(), s.recommendedBy(), s.topics(), s.grids(), s.status(), s.proposedBy(),
                s.decidedBy(), s.decisionNote(), s.version());
    }

    /** For the public page: family name only, no phone, no names of staff. */
    static StewardView published(Steward s) {
        return new StewardView(s.id(), Masking.name(s.name()), null, s.type(), s.recruitment(), null, s.topics(),
                s.grids(), s.status(), null, null, null, s.version());
    }
}
