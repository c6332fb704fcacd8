-- Triage: model versions, dispatchers' corrections, and which unit handles a category in a jurisdiction.
CREATE TABLE triage_model (
    version      int PRIMARY KEY,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(64)  NOT NULL,
    source       varchar(200) NOT NULL,
    training_rows int         NOT NULL,
    corrections  int          NOT NULL DEFAULT 0,
    macro_f1     double precision,
    accuracy     double precision,
    ece          double precision,
    evaluation   text,
    status       varchar(16)  NOT NULL CHECK (status IN ('CANDIDATE', 'ACCEPTED', 'REJECTED')),
    active       boolean      NOT NULL DEFAULT false,
    -- null for the version shipped inside the application (read from the classpath)
    model        bytea
);
CREATE UNIQUE INDEX triage_model_one_active ON triage_model (active) WHERE active;

CREATE TABLE triage_correction (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL,
    text        text         NOT NULL,
    predicted   varchar(40),
    corrected   varchar(40)  NOT NULL,
    corrected_by varchar(64) NOT NULL,
    corrected_at timestamptz NOT NULL DEFAULT now(),
    model_version int
);
CREATE INDEX triage_correction_case_idx ON triage_correction (case_id);

CREATE TABLE triage_route (
    id                uuid PRIMARY KEY,
    jurisdiction_path varchar(400) NOT NULL,
    category          varchar(40)  NOT NULL,
    unit_id           uuid         NOT NULL REFERENCES unit (id),
    updated_by        varchar(64)  NOT NULL,
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    version           bigint       NOT NULL DEFAULT 0,
    UNIQUE (jurisdiction_path, category)
);
