-- police conduct checks (三查三看): configurable items per station in six dimensions, daily checks per team filled on a
-- phone, findings with rectification deadlines tracked to closure

CREATE TABLE community_conduct_item (
    id              uuid PRIMARY KEY,
    unit_id         uuid        NOT NULL,
    dimension       text        NOT NULL CHECK (dimension IN ('DISCIPLINE', 'LAW_ENFORCEMENT', 'HOUSEKEEPING',
                                                               'ATTITUDE', 'EFFICIENCY', 'SATISFACTION')),
    text            text        NOT NULL,
    position        integer     NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (unit_id, dimension, text)
);
CREATE INDEX community_conduct_item_unit ON community_conduct_item (unit_id, active, dimension, position);

CREATE TABLE community_conduct_check (
    id              uuid PRIMARY KEY,
    unit_id         uuid        NOT NULL,
    team            text        NOT NULL,
    checked_on      date        NOT NULL,
    checker         text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (unit_id, team, checked_on)
);
CREATE INDEX community_conduct_check_month ON community_conduct_check (unit_id, checked_on);

CREATE TABLE community_conduct_answer (
    check_id        uuid        NOT NULL REFERENCES community_conduct_check (id),
    item_id         uuid        NOT NULL REFERENCES community_conduct_item (id),
    passed          boolean     NOT NULL,
    note            text,
    PRIMARY KEY (check_id, item_id)
);

CREATE TABLE community_conduct_finding (
    id              uuid PRIMARY KEY,
    check_id        uuid        NOT NULL REFERENCES community_conduct_check (id),
    item_id         uuid        NOT NULL REFERENCES community_conduct_item (id),
    unit_id         uuid        NOT NULL,
    team            text        NOT NULL,
    text            text        NOT NULL,
    due_on          date        NOT NULL,
    rectified_at    timestamptz,
    rectified_by    text,
    rectification   text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_conduct_finding_open ON community_conduct_finding (unit_id, due_on) WHERE rectified_at IS NULL;
