-- community activities (社区活动): sign-up, QR check-in, volunteer hours approved by the organiser

CREATE TABLE community_activity (
    id              uuid PRIMARY KEY,
    community_code  text          NOT NULL,
    community_path  text          NOT NULL,
    title           text          NOT NULL,
    description     text,
    place           text          NOT NULL,
    starts_at       timestamptz   NOT NULL,
    ends_at         timestamptz   NOT NULL CHECK (ends_at > starts_at),
    capacity        integer       NOT NULL CHECK (capacity > 0),
    hours           numeric(4, 1) NOT NULL CHECK (hours > 0),
    check_in_token  text          NOT NULL,
    organiser       text          NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX community_activity_community ON community_activity (community_code, starts_at DESC);

CREATE TABLE community_activity_signup (
    id              uuid PRIMARY KEY,
    activity_id     uuid          NOT NULL REFERENCES community_activity (id),
    name            text          NOT NULL,
    phone           text          NOT NULL,
    signed_up_at    timestamptz   NOT NULL DEFAULT now(),
    checked_in_at   timestamptz,
    hours           numeric(4, 1) CHECK (hours IS NULL OR hours > 0),
    approved_by     text,
    approved_at     timestamptz,
    UNIQUE (activity_id, phone),
    CHECK (approved_at IS NULL OR checked_in_at IS NOT NULL)
);
CREATE INDEX community_activity_signup_phone ON community_activity_signup (phone) WHERE approved_at IS NOT NULL;
