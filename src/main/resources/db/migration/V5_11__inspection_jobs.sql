-- Runs of inspection's periodic jobs, one row per job and period (e.g. ISO week), so that a period's run happens
-- once even when two instances or a retry start it.
CREATE TABLE inspection_job_run (
    job        varchar(40)  NOT NULL,
    period     varchar(20)  NOT NULL,
    ran_at     timestamptz  NOT NULL DEFAULT now(),
    outcome    varchar(300) NOT NULL DEFAULT '',
    PRIMARY KEY (job, period)
);

-- A rectification order whose deadline passed without a passed re-inspection, escalated once to the department's
-- heads and duty supervisor (no foreign key: this range of migrations runs before inspection's tables).
CREATE TABLE rectification_overdue (
    order_id     uuid          PRIMARY KEY,
    deadline     date          NOT NULL,
    escalated_at timestamptz   NOT NULL DEFAULT now(),
    notified     varchar(2000) NOT NULL
);
