package org.fengqiao.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.casework.Category;
import org.fengqiao.shared.InvalidInput;

/**
 * A dispute brought to the community's mediators (人民调解). It is open while sessions are held, and ends either in
 * a signed agreement (协议) or in a referral to the court, the police or a department; agreed cases are followed up
 * on casework's follow-up machinery ({@link MediationFollowUps}).
 */
record Mediation(UUID id, String number, String communityCode, String communityPath, Type type, String summary,
        List<String> mediators, List<Party> parties, Status status, String terms, String agreement,
        Referral referredTo, String referralReason, String createdBy, Instant createdAt, long version) {

    /** The kind of dispute, with the case category its follow-ups are counted under (neighbours: 治安安全). */
    enum Type {
        NEIGHBOUR(Category.PUBLIC_SAFETY), FAMILY(Category.PUBLIC_SAFETY), PROPERTY(Category.URBAN_CONSTRUCTION),
        LABOUR(Category.LABOUR_SOCIAL_SECURITY), CONSUMER(Category.COMMERCE_TOURISM), OTHER(Category.OTHER);

        final Category category;

        Type(Category category) {
            this.category = category;
        }
    }

    enum Status { OPEN, AGREED, REFERRED }

    enum Referral { COURT, POLICE, DEPARTMENT }

    enum Side { APPLICANT, RESPONDENT }

    record Party(Side side, String name, String phone) {
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new InvalidInput("status", "community.error.mediationClosed", status);
        }
    }

    Mediation agreed(String agreedTerms, String agreementText) {
        requireOpen();
        return new Mediation(id, number, communityCode, communityPath, type, summary, mediators, parties,
                Status.AGREED, agreedTerms, agreementText, null, null, createdBy, createdAt, version);
    }

    Mediation referred(Referral to, String reason) {
        requireOpen();
        return new Mediation(id, number, communityCode, communityPath, type, summary, mediators, parties,
                Status.REFERRED, null, null, to, reason, createdBy, createdAt, version);
    }
}
