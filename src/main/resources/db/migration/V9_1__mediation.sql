-- community mediation (人民调解): cases with parties and mediators, sessions, outcome, follow-ups (回访)

CREATE SEQUENCE community_mediation_seq;

CREATE TABLE community_mediation (
    id              uuid PRIMARY KEY,
    number          text        NOT NULL UNIQUE,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    type            text        NOT NULL CHECK (type IN ('NEIGHBOUR', 'FAMILY', 'PROPERTY', 'LABOUR', 'CONSUMER', 'OTHER')),
    summary         text        NOT NULL,
    mediators       text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'AGREED', 'REFERRED')),
    terms           text,
    agreement       text,
    referred_to     text CHECK (referred_to IN ('COURT', 'POLICE', 'DEPARTMENT')),
    referral_reason text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    closed_at       timestamptz,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX community_mediation_community ON community_mediation (community_code, status);

CREATE TABLE community_mediation_party (
    id              uuid PRIMARY KEY,
    mediation_id    uuid        NOT NULL REFERENCES community_mediation (id),
    side            text        NOT NULL CHECK (side IN ('APPLICANT', 'RESPONDENT')),
    name            text        NOT NULL,
    phone           text        NOT NULL
);
CREATE INDEX community_mediation_party_case ON community_mediation_party (mediation_id);

CREATE TABLE community_mediation_session (
    id              uuid PRIMARY KEY,
    mediation_id    uuid        NOT NULL REFERENCES community_mediation (id),
    held_at         timestamptz NOT NULL,
    note            text        NOT NULL,
    recorded_by     text        NOT NULL
);
CREATE INDEX community_mediation_session_case ON community_mediation_session (mediation_id, held_at);

CREATE TABLE community_mediation_followup (
    id              uuid PRIMARY KEY,
    mediation_id    uuid        NOT NULL REFERENCES community_mediation (id),
    due_on          date        NOT NULL,
    done_at         timestamptz,
    holding         boolean,
    note            text,
    done_by         text
);
CREATE INDEX community_mediation_followup_due ON community_mediation_followup (due_on) WHERE done_at IS NULL;
