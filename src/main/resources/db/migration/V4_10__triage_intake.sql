-- Triage of every new case: the suggestion it got, where it went (routed by the machine or queued for a
-- dispatcher), and the MinHash LSH buckets of its text that find possible duplicates without comparing all pairs.
CREATE TABLE triage_case (
    case_id           uuid PRIMARY KEY,
    number            varchar(40)  NOT NULL,
    title             varchar(400) NOT NULL,
    text              text         NOT NULL,
    jurisdiction_path varchar(400) NOT NULL,
    submitted_at      timestamptz  NOT NULL,
    top               text         NOT NULL,      -- "category=confidence;..." most likely first
    best_category     varchar(40)  NOT NULL,
    best_confidence   double precision NOT NULL,
    suggested_unit_id uuid,
    model_version     int,
    outcome           varchar(16)  NOT NULL CHECK (outcome IN ('QUEUED', 'AUTO_ROUTED', 'PICKED', 'ROUTED_ELSEWHERE')),
    category          varchar(40)  NOT NULL,      -- the suggestion, or what the dispatcher picked
    picked_by         varchar(64),
    picked_at         timestamptz,
    open              boolean      NOT NULL DEFAULT true,
    closed_at         timestamptz
);
CREATE INDEX triage_case_queue_idx ON triage_case (outcome, submitted_at) WHERE outcome = 'QUEUED' AND open;
CREATE INDEX triage_case_open_idx ON triage_case (open, category);
CREATE INDEX triage_case_week_idx ON triage_case (submitted_at);

CREATE TABLE triage_band (
    case_id uuid     NOT NULL REFERENCES triage_case (case_id) ON DELETE CASCADE,
    band    smallint NOT NULL,
    bucket  bigint   NOT NULL,
    PRIMARY KEY (case_id, band)
);
CREATE INDEX triage_band_bucket_idx ON triage_band (band, bucket);
