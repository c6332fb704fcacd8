-- Period reports (月报/季报) of a jurisdiction, generated in the background by the db-scheduler task
-- insight-report: the request is a row, the runner writes step and percent while it works and the finished
-- Excel and PDF files into the row, where they stay for download.
CREATE TABLE insight_report (
    id                uuid PRIMARY KEY,
    jurisdiction_code varchar(32)  NOT NULL,
    jurisdiction_path varchar(400) COLLATE "C" NOT NULL,
    period_kind       varchar(8)   NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER')),
    period_from       date         NOT NULL,
    period_to         date         NOT NULL,
    locale            varchar(16)  NOT NULL,
    requested_by      varchar(64)  NOT NULL,
    requested_at      timestamptz  NOT NULL DEFAULT now(),
    -- true for the monthly reports the system makes by itself and delivers to unit heads' inboxes
    scheduled         boolean      NOT NULL DEFAULT false,
    state             varchar(8)   NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    step              varchar(16)  NOT NULL,
    percent           smallint     NOT NULL DEFAULT 0,
    error             varchar(400),
    xlsx              bytea,
    pdf               bytea,
    finished_at       timestamptz
);
CREATE INDEX insight_report_path_idx ON insight_report (jurisdiction_path, requested_at DESC);
-- one scheduled report per jurisdiction and month, however many instances or runs of the monthly task
CREATE UNIQUE INDEX insight_report_scheduled_once_idx ON insight_report (jurisdiction_path, period_from, period_kind)
    WHERE scheduled;
