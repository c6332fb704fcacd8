-- Inspection coordination: risk grades, the exemption list, demands, weekly joint plans and their inspections.

CREATE TABLE inspection_grade (
    enterprise_id   uuid        PRIMARY KEY REFERENCES enterprise (id),
    computed_grade  char(1)     NOT NULL CHECK (computed_grade IN ('A', 'B', 'C')),
    score           int         NOT NULL,
    -- one reason per line: message key|points|argument
    reasons         text        NOT NULL,
    override_grade  char(1)     CHECK (override_grade IN ('A', 'B', 'C')),
    override_reason varchar(500),
    overridden_by   varchar(100),
    overridden_at   timestamptz,
    computed_at     timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0
);

CREATE TABLE inspection_exemption (
    enterprise_id uuid         PRIMARY KEY REFERENCES enterprise (id),
    status        varchar(16)  NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'LIFTED')),
    reason        varchar(500) NOT NULL,
    changed_by    varchar(100) NOT NULL,
    changed_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE inspection_exemption_log (
    id            bigserial    PRIMARY KEY,
    enterprise_id uuid         NOT NULL REFERENCES enterprise (id),
    status        varchar(16)  NOT NULL,
    reason        varchar(500) NOT NULL,
    actor         varchar(100) NOT NULL,
    at            timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE inspection_plan (
    id           uuid        PRIMARY KEY,
    town_id      uuid        NOT NULL,
    town_path    varchar(400) NOT NULL,
    week_start   date        NOT NULL,
    status       varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    summary      varchar(300) NOT NULL,
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_by varchar(100),
    published_at timestamptz,
    version      bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX inspection_plan_published ON inspection_plan (town_id, week_start) WHERE status = 'PUBLISHED';

CREATE TABLE inspection_demand (
    id            uuid        PRIMARY KEY,
    enterprise_id uuid        NOT NULL REFERENCES enterprise (id),
    unit_id       uuid        NOT NULL,
    forms         varchar(300) NOT NULL DEFAULT '',
    earliest      date        NOT NULL,
    latest        date        NOT NULL CHECK (latest >= earliest),
    minutes       int         NOT NULL CHECK (minutes BETWEEN 5 AND 960),
    kind          varchar(16) NOT NULL CHECK (kind IN ('ROUTINE', 'TRIGGERED')),
    status        varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PLANNED', 'DROPPED')),
    drop_reason   varchar(32),
    plan_id       uuid REFERENCES inspection_plan (id),
    created_by    varchar(100) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_demand_open ON inspection_demand (status, latest);

CREATE TABLE planned_inspection (
    id            uuid    PRIMARY KEY,
    plan_id       uuid    NOT NULL REFERENCES inspection_plan (id) ON DELETE CASCADE,
    enterprise_id uuid    NOT NULL REFERENCES enterprise (id),
    visit_date    date    NOT NULL,
    unit_ids      uuid[]  NOT NULL,
    demand_ids    uuid[]  NOT NULL,
    scanned_at    timestamptz
);
CREATE INDEX planned_inspection_plan ON planned_inspection (plan_id);

-- a scanned inspection code's nonce, so that a code cannot be shown twice
CREATE TABLE inspection_code_use (
    nonce       varchar(40) PRIMARY KEY,
    planned_id  uuid        NOT NULL REFERENCES planned_inspection (id),
    used_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE inspection_rating (
    id          uuid        PRIMARY KEY,
    planned_id  uuid        NOT NULL REFERENCES planned_inspection (id),
    stars       int         NOT NULL CHECK (stars BETWEEN 1 AND 5),
    complaint   varchar(1000),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- demands a plan leaves out: dropped by rule (EXEMPT, COVERED) or not placed (NO_CAPACITY_IN_WINDOW, CAPACITY_TAKEN)
CREATE TABLE inspection_plan_leftover (
    plan_id   uuid        NOT NULL REFERENCES inspection_plan (id) ON DELETE CASCADE,
    demand_id uuid        NOT NULL REFERENCES inspection_demand (id),
    reason    varchar(32) NOT NULL,
    PRIMARY KEY (plan_id, demand_id)
);
