-- Deadline alarms: each clock of a case turns yellow and red once per start (a new assignment or a reopen starts
-- it again); a row here is written in the same transaction as the alarm's notice, so a timer that fires twice
-- (two instances, a retry) finds it and stays silent.
CREATE TABLE deadline_alarm (
    case_id    uuid        NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    phase      varchar(16) NOT NULL,
    threshold  varchar(8)  NOT NULL CHECK (threshold IN ('YELLOW', 'RED')),
    started_at timestamptz NOT NULL,
    due_at     timestamptz NOT NULL,
    fired_at   timestamptz NOT NULL,
    PRIMARY KEY (case_id, phase, threshold, started_at)
);
