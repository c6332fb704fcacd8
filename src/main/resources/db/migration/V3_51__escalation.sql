-- The escalation ladder (三哨三到): per category, ordered rungs, each with the party that must come and how long the
-- stage before it may last; each case's position on its ladder; and the case's append-only escalation log.
CREATE TABLE escalation_ladder (
    id         uuid PRIMARY KEY,
    category   varchar(32)  NOT NULL UNIQUE,        -- a Category name, or '*' for every category
    name       varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    updated_by varchar(100) NOT NULL DEFAULT 'system'
);

CREATE TABLE escalation_rung (
    ladder_id       uuid         NOT NULL REFERENCES escalation_ladder (id) ON DELETE CASCADE,
    position        int          NOT NULL CHECK (position >= 1),
    label           varchar(100) NOT NULL,
    party_kind      varchar(16)  NOT NULL CHECK (party_kind IN ('UNIT', 'UNIT_KIND', 'LEAD')),
    party_unit_id   uuid REFERENCES unit (id),
    party_unit_kind varchar(32),
    wait_amount     int          NOT NULL CHECK (wait_amount BETWEEN 1 AND 1000),
    wait_unit       varchar(16)  NOT NULL,
    PRIMARY KEY (ladder_id, position),
    CHECK (party_kind <> 'UNIT' OR party_unit_id IS NOT NULL),
    CHECK (party_kind <> 'UNIT_KIND' OR party_unit_kind IS NOT NULL)
);

CREATE TABLE case_escalation (
    case_id   uuid        PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    ladder_id uuid        NOT NULL REFERENCES escalation_ladder (id) ON DELETE CASCADE,
    rung      int         NOT NULL CHECK (rung >= 0),   -- the last rung whose whistle blew; 0 before the first
    since     timestamptz NOT NULL                       -- when the case reached that rung (or its lead unit)
);

CREATE TABLE escalation_log (
    case_id  uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq      int          NOT NULL,
    at       timestamptz  NOT NULL,
    kind     varchar(16)  NOT NULL CHECK (kind IN ('WHISTLE', 'ARRIVAL')),
    rung     int          NOT NULL CHECK (rung >= 1),
    label    varchar(100) NOT NULL,
    unit_id  uuid REFERENCES unit (id),
    trigger  varchar(16)  NOT NULL,                      -- REPORTER or AUTO for a whistle, PARTY for an arrival
    actor    varchar(100) NOT NULL,
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX escalation_log_whistles_idx ON escalation_log (at) WHERE kind = 'WHISTLE';

-- the log is evidence: rows are only ever added
CREATE FUNCTION escalation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'escalation_log is append-only';
END $$;
CREATE TRIGGER escalation_log_no_update BEFORE UPDATE ON escalation_log
    FOR EACH ROW EXECUTE FUNCTION escalation_log_append_only();
