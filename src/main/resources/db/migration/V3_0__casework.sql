-- Casework: cases, their history, co-handling units, field visits, photos and the per-day number counter.
CREATE TABLE case_number_counter (
    prefix     varchar(4) NOT NULL,
    day        date       NOT NULL,
    last_value int        NOT NULL,
    PRIMARY KEY (prefix, day)
);

CREATE TABLE field_visit (
    id                uuid PRIMARY KEY,
    officer_id        uuid          NOT NULL REFERENCES person (id),
    officer_name      varchar(100)  NOT NULL,
    unit_id           uuid REFERENCES unit (id),
    enterprise_name   varchar(200)  NOT NULL,
    credit_code       varchar(18),
    address           varchar(300),
    jurisdiction_id   uuid          NOT NULL REFERENCES jurisdiction (id),
    jurisdiction_path varchar(400)  NOT NULL,
    visited_at        timestamptz   NOT NULL,
    notes             varchar(5000),
    created_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX field_visit_officer_idx ON field_visit (officer_id, visited_at DESC);

CREATE TABLE cases (
    id                 uuid PRIMARY KEY,
    number             varchar(24)   NOT NULL UNIQUE,
    kind               varchar(16)   NOT NULL,
    title              varchar(100)  NOT NULL,
    description        varchar(5000) NOT NULL,
    category           varchar(32)   NOT NULL,
    channel            varchar(16)   NOT NULL,
    reporter_name      varchar(50)   NOT NULL,
    reporter_phone     varchar(20)   NOT NULL,
    reporter_person_id uuid REFERENCES person (id),
    credit_code        varchar(18),
    enterprise_name    varchar(200),
    address            varchar(300),
    lat                double precision CHECK (lat BETWEEN -90 AND 90),
    lon                double precision CHECK (lon BETWEEN -180 AND 180),
    jurisdiction_id    uuid          NOT NULL REFERENCES jurisdiction (id),
    jurisdiction_path  varchar(400)  NOT NULL,
    visit_id           uuid REFERENCES field_visit (id),
    entered_by         uuid REFERENCES person (id),
    status             varchar(16)   NOT NULL,
    lead_unit_id       uuid REFERENCES unit (id),
    first_unit_id      uuid REFERENCES unit (id),
    return_count       int           NOT NULL DEFAULT 0,
    ruled              boolean       NOT NULL DEFAULT false,
    closure_kind       varchar(16),
    satisfied          boolean,
    score              smallint CHECK (score BETWEEN 1 AND 5),
    resolution         varchar(5000),
    reply              varchar(5000),
    due_at             timestamptz,
    replied_at         timestamptz,
    lookup_hash        varchar(64)   NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CHECK (status <> 'CLOSED' OR closure_kind IS NOT NULL)
);
CREATE INDEX cases_status_idx ON cases (status, updated_at DESC);
CREATE INDEX cases_path_idx ON cases (jurisdiction_path varchar_pattern_ops);
CREATE INDEX cases_lead_idx ON cases (lead_unit_id, status);
CREATE INDEX cases_reporter_idx ON cases (reporter_person_id);
CREATE INDEX cases_entered_idx ON cases (entered_by);
CREATE INDEX cases_created_idx ON cases (created_at DESC);
CREATE INDEX cases_visit_idx ON cases (visit_id);

CREATE TABLE case_co_unit (
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    unit_id uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (case_id, unit_id)
);
CREATE INDEX case_co_unit_unit_idx ON case_co_unit (unit_id);

CREATE TABLE case_history (
    case_id     uuid          NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq         int           NOT NULL,
    at          timestamptz   NOT NULL,
    actor_id    uuid,
    actor_name  varchar(100)  NOT NULL,
    role        varchar(16)   NOT NULL,
    channel     varchar(16)   NOT NULL,
    action      varchar(16)   NOT NULL,
    from_status varchar(16),
    to_status   varchar(16)   NOT NULL,
    note        varchar(5000),
    detail      varchar(400),
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_attachment (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    file_name    varchar(200) NOT NULL,
    content_type varchar(32)  NOT NULL,
    size_bytes   int          NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    data         bytea        NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    uploaded_by  varchar(100) NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id);
