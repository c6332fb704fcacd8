-- An alert about a firm (一次触发、多端响应) reaches every unit concerned, each acknowledging it; a 一键指令 (command)
-- sent from an alert to those units must be acknowledged within its limit (24 h), or it is escalated once.
CREATE TABLE inspection_alert (
    id            uuid          PRIMARY KEY,
    enterprise_id uuid          NOT NULL REFERENCES enterprise (id),
    source        varchar(16)   NOT NULL CHECK (source IN ('CASE', 'INSPECTION', 'DATA_POOL', 'PATROL')),
    title         varchar(200)  NOT NULL,
    detail        varchar(2000) NOT NULL,
    raised_by     varchar(100)  NOT NULL,
    raised_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX inspection_alert_raised ON inspection_alert (raised_at DESC);

CREATE TABLE inspection_alert_unit (
    alert_id        uuid         NOT NULL REFERENCES inspection_alert (id),
    unit_id         uuid         NOT NULL REFERENCES unit (id),
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    PRIMARY KEY (alert_id, unit_id)
);

CREATE TABLE inspection_command (
    id           uuid          PRIMARY KEY,
    alert_id     uuid          NOT NULL REFERENCES inspection_alert (id),
    text         varchar(2000) NOT NULL,
    issued_by    varchar(100)  NOT NULL,
    issued_at    timestamptz   NOT NULL DEFAULT now(),
    due_at       timestamptz   NOT NULL,
    escalated_at timestamptz
);
CREATE INDEX inspection_command_alert ON inspection_command (alert_id);

CREATE TABLE inspection_command_unit (
    command_id      uuid         NOT NULL REFERENCES inspection_command (id),
    unit_id         uuid         NOT NULL REFERENCES unit (id),
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    note            varchar(500),
    PRIMARY KEY (command_id, unit_id)
);
