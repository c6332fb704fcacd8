-- Duty supervisors (轮值主管): one rotation per unit, swaps of date ranges, handover notes.
CREATE TABLE duty_roster (
    unit_id     uuid        PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
    period_days int         NOT NULL CHECK (period_days BETWEEN 1 AND 366),
    starts_on   date        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);

CREATE TABLE duty_roster_member (
    unit_id   uuid NOT NULL REFERENCES duty_roster (unit_id) ON DELETE CASCADE,
    position  int  NOT NULL CHECK (position >= 0),
    person_id uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (unit_id, position),
    UNIQUE (unit_id, person_id)
);

CREATE TABLE duty_swap (
    id         uuid         PRIMARY KEY,
    unit_id    uuid         NOT NULL REFERENCES duty_roster (unit_id) ON DELETE CASCADE,
    starts_on  date         NOT NULL,
    ends_on    date         NOT NULL CHECK (ends_on >= starts_on),
    person_id  uuid         NOT NULL REFERENCES person (id),
    reason     varchar(200) NOT NULL,
    created_by varchar(64)  NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX duty_swap_unit_idx ON duty_swap (unit_id, starts_on);

CREATE TABLE duty_handover (
    id         uuid          PRIMARY KEY,
    unit_id    uuid          NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    author_id  uuid          NOT NULL REFERENCES person (id),
    note       varchar(2000) NOT NULL,
    written_at timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX duty_handover_unit_idx ON duty_handover (unit_id, written_at DESC);
