-- 回访 and 案结事了: categories whose cases are disputes get follow-ups after each close, at offsets in days the
-- admins set; each follow-up is done by phone or visit and recorded with outcome and satisfaction; a close whose
-- follow-ups all held is settled.
CREATE TABLE follow_up_policy (
    category   varchar(32)  PRIMARY KEY,
    offsets    integer[]    NOT NULL CHECK (cardinality(offsets) BETWEEN 1 AND 5),
    changed_by varchar(100) NOT NULL,
    changed_at timestamptz  NOT NULL
);

CREATE TABLE case_follow_up (
    id                uuid PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    closed_at         timestamptz   NOT NULL,
    round             smallint      NOT NULL CHECK (round >= 1),
    offset_days       integer       NOT NULL CHECK (offset_days >= 1),
    due_on            date          NOT NULL,
    unit_id           uuid REFERENCES unit (id),
    jurisdiction_path varchar(400)  NOT NULL,
    category          varchar(32)   NOT NULL,
    status            varchar(16)   NOT NULL CHECK (status IN ('PLANNED', 'DUE', 'DONE', 'CANCELLED')),
    method            varchar(16) CHECK (method IN ('PHONE', 'VISIT')),
    outcome           varchar(16) CHECK (outcome IN ('HELD', 'RECURRED')),
    satisfaction      smallint CHECK (satisfaction BETWEEN 1 AND 5),
    note              varchar(2000),
    recorded_by       varchar(100),
    recorded_at       timestamptz,
    version           bigint        NOT NULL DEFAULT 0,
    UNIQUE (case_id, closed_at, round),
    CHECK (status <> 'DONE' OR (method IS NOT NULL AND outcome IS NOT NULL AND satisfaction IS NOT NULL))
);
CREATE INDEX case_follow_up_unit_idx ON case_follow_up (unit_id, status, due_on);
CREATE INDEX case_follow_up_path_idx ON case_follow_up (jurisdiction_path varchar_pattern_ops, due_on);
CREATE INDEX case_follow_up_case_idx ON case_follow_up (case_id, closed_at);

-- One row per close that all its follow-ups confirmed (案结事了).
CREATE TABLE case_settlement (
    case_id           uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    closed_at         timestamptz  NOT NULL,
    settled_at        timestamptz  NOT NULL,
    jurisdiction_path varchar(400) NOT NULL,
    PRIMARY KEY (case_id, closed_at)
);
CREATE INDEX case_settlement_path_idx ON case_settlement (jurisdiction_path varchar_pattern_ops, closed_at);
