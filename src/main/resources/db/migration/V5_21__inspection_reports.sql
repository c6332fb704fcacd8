-- Monthly inspection reports generated in the background by the db-scheduler task inspection-report: the request is
-- a row, the runner writes step and percent while it works and the finished Excel and PDF into the row. Reports the
-- system makes by itself for a command room's town or district are delivered to that room's inbox, one per place and
-- month however many instances or runs ask for it.
CREATE TABLE inspection_report (
    id            uuid          PRIMARY KEY,
    place_code    varchar(32)   NOT NULL,
    place_path    varchar(400)  NOT NULL,
    month         date          NOT NULL,
    requested_by  varchar(100)  NOT NULL,
    requested_at  timestamptz   NOT NULL DEFAULT now(),
    all_units     boolean       NOT NULL,
    unit_ids      varchar(2000) NOT NULL DEFAULT '',
    deliver_to    uuid,
    state         varchar(8)    NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    step          varchar(16)   NOT NULL DEFAULT 'queued',
    percent       smallint      NOT NULL DEFAULT 0,
    xlsx          bytea,
    pdf           bytea,
    finished_at   timestamptz
);
CREATE INDEX inspection_report_place ON inspection_report (place_path, requested_at DESC);
CREATE UNIQUE INDEX inspection_report_delivered_once ON inspection_report (deliver_to, month)
    WHERE deliver_to IS NOT NULL;
