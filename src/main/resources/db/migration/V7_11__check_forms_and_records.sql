-- Check forms (专业类 / 通用类), versioned: a version that a record used is never changed again, an edit makes
-- the next version. Inspection records fill forms, record findings and issue rectification orders (each a case).

CREATE TABLE check_form (
    id              uuid         PRIMARY KEY,
    code            varchar(32)  NOT NULL UNIQUE,
    name            varchar(100) NOT NULL,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('PROFESSIONAL', 'GENERAL')),
    unit_id         uuid         REFERENCES unit (id),
    current_version int          NOT NULL DEFAULT 1,
    active          boolean      NOT NULL DEFAULT true,
    version         bigint       NOT NULL DEFAULT 0
);

CREATE TABLE check_form_version (
    form_id     uuid         NOT NULL REFERENCES check_form (id),
    number      int          NOT NULL,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (form_id, number)
);

CREATE TABLE check_form_item (
    id             uuid          PRIMARY KEY,
    form_id        uuid          NOT NULL,
    form_version   int           NOT NULL,
    section        varchar(100)  NOT NULL,
    position       int           NOT NULL,
    text           varchar(500)  NOT NULL,
    answer_type    varchar(16)   NOT NULL CHECK (answer_type IN ('YES_NO', 'NUMBER', 'TEXT', 'CHOICE')),
    choices        varchar(500)  NOT NULL DEFAULT '',
    legal_basis    varchar(300)  NOT NULL DEFAULT '',
    photo_required boolean       NOT NULL DEFAULT false,
    FOREIGN KEY (form_id, form_version) REFERENCES check_form_version (form_id, number)
);
CREATE INDEX check_form_item_version ON check_form_item (form_id, form_version, position);

CREATE TABLE inspection_record (
    id              uuid         PRIMARY KEY,
    enterprise_id   uuid         NOT NULL REFERENCES enterprise (id),
    unit_id         uuid         NOT NULL REFERENCES unit (id),
    planned_id      uuid         REFERENCES planned_inspection (id),
    -- a re-inspection names the order it checks
    order_id        uuid,
    inspector       varchar(100) NOT NULL,
    inspector_name  varchar(100) NOT NULL,
    started_at      timestamptz  NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    note            varchar(2000),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX inspection_record_enterprise ON inspection_record (enterprise_id, started_at);
CREATE INDEX inspection_record_unit ON inspection_record (unit_id, started_at);

CREATE TABLE inspection_record_form (
    record_id    uuid NOT NULL REFERENCES inspection_record (id),
    form_id      uuid NOT NULL,
    form_version int  NOT NULL,
    PRIMARY KEY (record_id, form_id),
    FOREIGN KEY (form_id, form_version) REFERENCES check_form_version (form_id, number)
);

CREATE TABLE inspection_answer (
    record_id uuid          NOT NULL REFERENCES inspection_record (id),
    item_id   uuid          NOT NULL REFERENCES check_form_item (id),
    answer    varchar(1000) NOT NULL,
    PRIMARY KEY (record_id, item_id)
);

CREATE TABLE inspection_finding (
    id            uuid          PRIMARY KEY,
    record_id     uuid          NOT NULL REFERENCES inspection_record (id),
    enterprise_id uuid          NOT NULL REFERENCES enterprise (id),
    item_id       uuid          REFERENCES check_form_item (id),
    severity      varchar(16)   NOT NULL CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')),
    note          varchar(2000) NOT NULL,
    photo_name    varchar(200),
    photo_type    varchar(40),
    photo         bytea,
    created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX inspection_finding_enterprise ON inspection_finding (enterprise_id, created_at);

CREATE TABLE rectification_order (
    id            uuid          PRIMARY KEY,
    record_id     uuid          NOT NULL REFERENCES inspection_record (id),
    finding_id    uuid          REFERENCES inspection_finding (id),
    enterprise_id uuid          NOT NULL REFERENCES enterprise (id),
    unit_id       uuid          NOT NULL REFERENCES unit (id),
    requirement   varchar(2000) NOT NULL,
    deadline      date          NOT NULL,
    case_id       uuid          NOT NULL,
    case_number   varchar(40)   NOT NULL,
    status        varchar(16)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED', 'ESCALATED')),
    outcome_note  varchar(2000),
    issued_by     varchar(100)  NOT NULL,
    issued_at     timestamptz   NOT NULL DEFAULT now(),
    closed_at     timestamptz,
    version       bigint        NOT NULL DEFAULT 0
);
CREATE INDEX rectification_order_unit ON rectification_order (unit_id, status, deadline);
ALTER TABLE inspection_record ADD FOREIGN KEY (order_id) REFERENCES rectification_order (id);
