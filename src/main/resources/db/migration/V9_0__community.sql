-- community: stewards (主理人), partner units (合伙人单位) and what they offer, resident needs (居民需求)

CREATE TABLE community_steward (
    id              uuid PRIMARY KEY,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    name            text        NOT NULL,
    phone           text        NOT NULL,
    type            text        NOT NULL CHECK (type IN ('PIONEER', 'CIVILITY', 'SAFETY')),
    recruitment     text        NOT NULL CHECK (recruitment IN ('MOBILISED', 'RECOMMENDED', 'SELF')),
    recommended_by  text,
    topics          text        NOT NULL,
    grids           text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    proposed_by     text        NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX community_steward_community ON community_steward (community_code, status);

CREATE TABLE community_partner (
    id              uuid PRIMARY KEY,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    name            text        NOT NULL,
    contact_name    text        NOT NULL,
    contact_phone   text        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (community_code, name)
);

CREATE TABLE community_resource (
    id              uuid PRIMARY KEY,
    partner_id      uuid        NOT NULL REFERENCES community_partner (id),
    kind            text        NOT NULL CHECK (kind IN ('PEOPLE', 'MONEY', 'VENUE', 'EXPERTISE')),
    description     text        NOT NULL,
    quantity        integer     CHECK (quantity IS NULL OR quantity > 0),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_resource_partner ON community_resource (partner_id);

CREATE SEQUENCE community_need_seq;

CREATE TABLE community_need (
    id              uuid PRIMARY KEY,
    number          text        NOT NULL UNIQUE,
    lookup_hash     text        NOT NULL,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    source          text        NOT NULL CHECK (source IN ('PHONE', 'POSTER', 'WECHAT', 'STAFF')),
    source_key      text,
    resident_name   text,
    resident_phone  text,
    text            text        NOT NULL,
    raised_at       timestamptz NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'MATCHED', 'CASE', 'DONE')),
    resource_id     uuid REFERENCES community_resource (id),
    case_id         uuid,
    case_number     text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (community_code, source_key)
);
CREATE INDEX community_need_status ON community_need (community_code, status, raised_at DESC);
CREATE INDEX community_need_case ON community_need (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE community_need_step (
    id              uuid PRIMARY KEY,
    need_id         uuid        NOT NULL REFERENCES community_need (id),
    at              timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL,
    note            text        NOT NULL,
    by_name         text        NOT NULL
);
CREATE INDEX community_need_step_need ON community_need_step (need_id, at);
