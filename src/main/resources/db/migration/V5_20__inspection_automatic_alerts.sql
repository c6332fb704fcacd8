-- Alerts raised automatically remember what raised them (a case, a finding, a data-pool record), so that the same
-- source raises one alert however often its event is delivered or its file imported. Alerts raised by hand have none.
ALTER TABLE inspection_alert ADD COLUMN source_ref varchar(200);
CREATE UNIQUE INDEX inspection_alert_source_ref ON inspection_alert (source_ref) WHERE source_ref IS NOT NULL;

-- Records about firms from the shared data pool (经营异常名录, 严重违法失信名单, 行政处罚, 投诉举报 ...), imported whole
-- or not at all; a record is kept once per kind, firm and listing day.
CREATE TABLE inspection_pool_import (
    id           uuid          PRIMARY KEY,
    file_name    varchar(200)  NOT NULL,
    imported_by  varchar(100)  NOT NULL,
    imported_at  timestamptz   NOT NULL DEFAULT now(),
    rows_read    integer       NOT NULL,
    rows_new     integer       NOT NULL,
    alerts       integer       NOT NULL
);

CREATE TABLE inspection_pool_record (
    id            uuid          PRIMARY KEY,
    import_id     uuid          NOT NULL REFERENCES inspection_pool_import (id),
    enterprise_id uuid          NOT NULL REFERENCES enterprise (id),
    kind          varchar(24)   NOT NULL,
    listed_on     date          NOT NULL,
    authority     varchar(100)  NOT NULL,
    reason        varchar(500)  NOT NULL,
    UNIQUE (kind, enterprise_id, listed_on)
);
CREATE INDEX inspection_pool_record_firm ON inspection_pool_record (enterprise_id);

-- The firm a 一键指令 concerns receives it too when it has an account, and acknowledges it on its phone.
CREATE TABLE inspection_command_firm (
    command_id      uuid          PRIMARY KEY REFERENCES inspection_command (id),
    enterprise_id   uuid          NOT NULL REFERENCES enterprise (id),
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    note            varchar(500)
);
CREATE INDEX inspection_command_firm_enterprise ON inspection_command_firm (enterprise_id);
