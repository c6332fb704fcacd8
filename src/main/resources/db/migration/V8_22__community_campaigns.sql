-- joint actions (专项联动): a campaign of several parties with tasks per party, its own report channel whose reports
-- become cases, promotion events and patrols (findings raise cases), pledges per household counted per building

CREATE TABLE community_campaign (
    id              uuid PRIMARY KEY,
    community_code  text        NOT NULL,
    community_path  text        NOT NULL,
    title           text        NOT NULL,
    aim             text        NOT NULL,
    category        text        NOT NULL,
    hotline         text,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL CHECK (ends_on >= starts_on),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_campaign_community ON community_campaign (community_code, starts_on DESC);

CREATE TABLE community_campaign_party (
    id              uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    kind            text        NOT NULL CHECK (kind IN ('COMMUNITY', 'POLICE', 'PROPERTY', 'DEPARTMENT', 'OTHER')),
    name            text        NOT NULL,
    UNIQUE (campaign_id, name)
);

CREATE TABLE community_campaign_task (
    id              uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    party_id        uuid        NOT NULL REFERENCES community_campaign_party (id),
    title           text        NOT NULL,
    due_on          date        NOT NULL,
    done_at         timestamptz,
    done_by         text,
    done_note       text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_campaign_task_campaign ON community_campaign_task (campaign_id, due_on);

CREATE TABLE community_campaign_building (
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    building        text        NOT NULL,
    households      integer     NOT NULL CHECK (households > 0),
    PRIMARY KEY (campaign_id, building)
);

CREATE TABLE community_campaign_pledge (
    id              uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    building        text        NOT NULL,
    room            text        NOT NULL,
    signer_name     text        NOT NULL,
    signed_at       timestamptz NOT NULL DEFAULT now(),
    recorded_by     text        NOT NULL,
    UNIQUE (campaign_id, building, room)
);

CREATE TABLE community_campaign_event (
    id              uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    kind            text        NOT NULL CHECK (kind IN ('PROMOTION', 'PATROL')),
    held_at         timestamptz NOT NULL,
    place           text        NOT NULL,
    note            text        NOT NULL,
    people          integer     CHECK (people IS NULL OR people >= 0),
    finding         text,
    case_id         uuid,
    case_number     text,
    recorded_by     text        NOT NULL
);
CREATE INDEX community_campaign_event_campaign ON community_campaign_event (campaign_id, held_at DESC);

CREATE TABLE community_campaign_report (
    id              uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    source          text        NOT NULL CHECK (source IN ('PUBLIC', 'HOTLINE', 'PATROL')),
    building        text        NOT NULL,
    case_id         uuid        NOT NULL,
    case_number     text        NOT NULL,
    reported_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_campaign_report_campaign ON community_campaign_report (campaign_id, reported_at);
