-- community wishes (微心愿: posted, claimed, fulfilled with proof, thanked) and donation drives (募捐) with items
-- (no foreign key to community_partner: V9_0 creates it after this version on a new database)

CREATE SEQUENCE community_wish_seq;

CREATE TABLE community_wish (
    id              uuid PRIMARY KEY,
    number          text        NOT NULL UNIQUE,
    lookup_hash     text        NOT NULL,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    resident_name   text        NOT NULL,
    resident_phone  text        NOT NULL,
    title           text        NOT NULL,
    story           text,
    status          text        NOT NULL CHECK (status IN ('POSTED', 'CLAIMED', 'FULFILLED', 'THANKED')),
    claimer_kind    text CHECK (claimer_kind IN ('PARTNER', 'VOLUNTEER')),
    partner_id      uuid,
    claimer_name    text,
    claimer_phone   text,
    claimed_at      timestamptz,
    proof           text,
    fulfilled_by    text,
    fulfilled_at    timestamptz,
    thanks          text,
    thanked_at      timestamptz,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX community_wish_community ON community_wish (community_code, status, created_at DESC);

CREATE TABLE community_drive (
    id              uuid PRIMARY KEY,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    title           text        NOT NULL,
    purpose         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    closed_at       timestamptz
);
CREATE INDEX community_drive_community ON community_drive (community_code, created_at DESC);

CREATE TABLE community_drive_item (
    id              uuid PRIMARY KEY,
    drive_id        uuid        NOT NULL REFERENCES community_drive (id),
    position        integer     NOT NULL,
    name            text        NOT NULL,
    unit            text        NOT NULL,
    target          integer     NOT NULL CHECK (target > 0),
    UNIQUE (drive_id, name)
);

CREATE TABLE community_donation (
    id              uuid PRIMARY KEY,
    drive_id        uuid        NOT NULL REFERENCES community_drive (id),
    item_id         uuid        NOT NULL REFERENCES community_drive_item (id),
    donor_name      text,
    donor_phone     text,
    quantity        integer     NOT NULL CHECK (quantity > 0),
    note            text,
    received_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text        NOT NULL
);
CREATE INDEX community_donation_drive ON community_donation (drive_id, received_at DESC);
