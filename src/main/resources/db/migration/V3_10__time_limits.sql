-- Time limits (时限): policies per category x urgency x fast track, the clock of each case, its pauses, extensions
-- (延期) and an append-only log of every change to the clock.
CREATE TABLE time_limit_policy (
    category       varchar(32) NOT NULL,           -- a Category name, or '*' for every category
    urgency        varchar(16) NOT NULL,
    fast_track     boolean     NOT NULL,
    accept_amount  int         NOT NULL CHECK (accept_amount > 0),
    accept_unit    varchar(16) NOT NULL,
    ack_amount     int         NOT NULL CHECK (ack_amount > 0),
    ack_unit       varchar(16) NOT NULL,
    reply_amount   int         NOT NULL CHECK (reply_amount > 0),
    reply_unit     varchar(16) NOT NULL,
    resolve_amount int         NOT NULL CHECK (resolve_amount > 0),
    resolve_unit   varchar(16) NOT NULL,
    responses      varchar(200) NOT NULL,          -- actions that count as the first response, comma separated
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     varchar(100) NOT NULL DEFAULT 'system',
    PRIMARY KEY (category, urgency, fast_track)
);

INSERT INTO time_limit_policy VALUES
 ('*', 'URGENT',    false, 15, 'CLOCK_MINUTES',  30, 'CLOCK_MINUTES',  1, 'CLOCK_HOURS',   2, 'CLOCK_HOURS',  'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'URGENT',    true,  10, 'CLOCK_MINUTES',  15, 'CLOCK_MINUTES', 30, 'CLOCK_MINUTES', 1, 'CLOCK_HOURS',  'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'UTILITIES', false,  2, 'CLOCK_HOURS',     4, 'CLOCK_HOURS',   12, 'CLOCK_HOURS',  24, 'CLOCK_HOURS',  'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'UTILITIES', true,   1, 'CLOCK_HOURS',     2, 'CLOCK_HOURS',    6, 'CLOCK_HOURS',  12, 'CLOCK_HOURS',  'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'GENERAL',   false,  4, 'WORKING_HOURS',   1, 'WORKING_DAYS',   3, 'WORKING_DAYS',  7, 'WORKING_DAYS', 'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'GENERAL',   true,   2, 'WORKING_HOURS',   4, 'WORKING_HOURS',  1, 'WORKING_DAYS',  3, 'WORKING_DAYS', 'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'COMPLEX',   false,  4, 'WORKING_HOURS',   1, 'WORKING_DAYS',   5, 'WORKING_DAYS', 15, 'WORKING_DAYS', 'PROGRESS,RESOLVE,REPLY', now(), 'system'),
 ('*', 'COMPLEX',   true,   2, 'WORKING_HOURS',   4, 'WORKING_HOURS',  3, 'WORKING_DAYS', 10, 'WORKING_DAYS', 'PROGRESS,RESOLVE,REPLY', now(), 'system');

CREATE TABLE case_clock (
    case_id         uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    urgency         varchar(16) NOT NULL DEFAULT 'GENERAL',
    fast_track      boolean     NOT NULL DEFAULT false,
    unit_id         uuid REFERENCES unit (id),
    stopped_at      timestamptz,
    submitted_at    timestamptz NOT NULL,
    accepted_at     timestamptz,
    assigned_at     timestamptz,
    acknowledged_at timestamptz,
    responded_at    timestamptz,
    resolved_at     timestamptz,
    paused_since    timestamptz,
    pause_reason    varchar(500),
    accept_due      timestamptz,
    ack_due         timestamptz,
    reply_due       timestamptz,
    resolve_due     timestamptz,
    warn_at         timestamptz
);
-- cases that existed before: their clock from their history; dues are recomputed at their next change
INSERT INTO case_clock (case_id, unit_id, submitted_at, accepted_at, assigned_at, acknowledged_at, responded_at,
                        resolved_at, stopped_at, resolve_due)
SELECT c.id, c.lead_unit_id, c.created_at,
       (SELECT min(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action IN ('ACCEPT', 'REJECT')),
       (SELECT max(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action = 'ASSIGN'),
       (SELECT max(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action = 'ACKNOWLEDGE'),
       (SELECT min(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action IN ('PROGRESS', 'RESOLVE', 'REPLY')),
       (SELECT max(h.at) FROM case_history h WHERE h.case_id = c.id AND h.action = 'RESOLVE'),
       CASE WHEN c.status IN ('CLOSED', 'CANCELLED', 'REJECTED') THEN c.updated_at END,
       c.due_at
FROM cases c;

CREATE INDEX case_clock_resolve_due_idx ON case_clock (resolve_due) WHERE resolved_at IS NULL;

CREATE TABLE case_clock_pause (
    case_id    uuid        NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    started_at timestamptz NOT NULL,
    ended_at   timestamptz NOT NULL CHECK (ended_at >= started_at),
    reason     varchar(500) NOT NULL,
    PRIMARY KEY (case_id, started_at)
);

CREATE TABLE case_extension (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    amount       int          NOT NULL CHECK (amount BETWEEN 1 AND 60),
    reason       varchar(500) NOT NULL,
    requested_by varchar(100) NOT NULL,
    requested_at timestamptz  NOT NULL,
    decision     varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by   varchar(100),
    decided_at   timestamptz
);
CREATE INDEX case_extension_case_idx ON case_extension (case_id);

CREATE TABLE case_clock_log (
    case_id  uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq      int          NOT NULL,
    at       timestamptz  NOT NULL,
    actor    varchar(100) NOT NULL,
    action   varchar(24)  NOT NULL,
    note     varchar(500),
    PRIMARY KEY (case_id, seq)
);

ALTER TABLE cases ADD COLUMN warn_at timestamptz;

CREATE OR REPLACE FUNCTION case_clock_log_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'case_clock_log is append-only';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER case_clock_log_no_change BEFORE UPDATE OR DELETE ON case_clock_log
    FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION case_clock_log_immutable();
