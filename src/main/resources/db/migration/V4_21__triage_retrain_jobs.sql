-- Retraining runs in the background (db-scheduler task triage-retrain); each request is a job whose step and
-- percentage the admin's page follows. At most one job is waiting or running at a time.
CREATE TABLE triage_retrain_job (
    id           uuid PRIMARY KEY,
    requested_by varchar(64)  NOT NULL,
    requested_at timestamptz  NOT NULL DEFAULT now(),
    state        varchar(16)  NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    step         varchar(32)  NOT NULL,
    percent      int          NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    version      int,
    error        varchar(400),
    started_at   timestamptz,
    finished_at  timestamptz
);
CREATE UNIQUE INDEX triage_retrain_job_one_pending ON triage_retrain_job ((true)) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX triage_retrain_job_recent_idx ON triage_retrain_job (requested_at DESC);
