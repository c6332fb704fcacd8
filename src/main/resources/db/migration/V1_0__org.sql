-- Organisation: jurisdiction tree, units, people and their roles/scopes.
CREATE TABLE jurisdiction (
    id         uuid PRIMARY KEY,
    parent_id  uuid REFERENCES jurisdiction (id),
    level      varchar(16)  NOT NULL CHECK (level IN ('DISTRICT', 'TOWN', 'COMMUNITY', 'GRID')),
    code       varchar(32)  NOT NULL UNIQUE,
    name       varchar(100) NOT NULL,
    path       varchar(400) NOT NULL UNIQUE,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE INDEX jurisdiction_path_idx ON jurisdiction (path varchar_pattern_ops);

CREATE TABLE unit (
    id              uuid PRIMARY KEY,
    code            varchar(32)  NOT NULL UNIQUE,
    name            varchar(100) NOT NULL,
    kind            varchar(32)  NOT NULL,
    jurisdiction_id uuid         NOT NULL REFERENCES jurisdiction (id),
    active          boolean      NOT NULL DEFAULT true,
    version         bigint       NOT NULL DEFAULT 0
);

CREATE TABLE person (
    id            uuid PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE,
    display_name  varchar(100) NOT NULL,
    phone         varchar(20),
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    failed_logins int          NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE person_role (
    person_id uuid        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      varchar(32) NOT NULL,
    PRIMARY KEY (person_id, role)
);

CREATE TABLE person_jurisdiction (
    person_id       uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    PRIMARY KEY (person_id, jurisdiction_id)
);

CREATE TABLE person_unit (
    person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    unit_id   uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (person_id, unit_id)
);
