-- Subjects: the enterprises Fengqiao serves, who represents them, and the imports that fed the registry.

-- Industries are data, not code: a new one is an INSERT, not a release.
CREATE TABLE industry (
    code     varchar(32)  PRIMARY KEY,
    name     varchar(50)  NOT NULL UNIQUE,
    position int          NOT NULL
);
INSERT INTO industry (code, name, position) VALUES
    ('CATERING', '餐饮', 1), ('RETAIL', '零售', 2), ('MANUFACTURING', '制造', 3), ('CONSTRUCTION', '建筑', 4),
    ('LOGISTICS', '物流', 5), ('LODGING', '住宿', 6), ('ENTERTAINMENT', '娱乐', 7), ('PROCESSING', '加工', 8),
    ('CHEMICAL', '化工', 9), ('OTHER', '其他', 10);

CREATE TABLE enterprise (
    id                uuid PRIMARY KEY,
    name              varchar(200) NOT NULL,
    credit_code       char(18)     NOT NULL UNIQUE,
    address           varchar(300) NOT NULL,
    industry          varchar(32)  NOT NULL REFERENCES industry (code),
    jurisdiction_id   uuid         NOT NULL,
    -- copied from the jurisdiction at write time so that scoping is one prefix test
    jurisdiction_path varchar(400) NOT NULL,
    latitude          numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude         numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    contact_name      varchar(100),
    contact_phone     varchar(20),
    credit_status     varchar(16)  NOT NULL CHECK (credit_status IN ('GOOD', 'FAIR', 'DISHONEST')),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX enterprise_path_idx ON enterprise (jurisdiction_path varchar_pattern_ops);
CREATE INDEX enterprise_name_idx ON enterprise (name);

-- Which person accounts speak for which enterprise.
CREATE TABLE enterprise_member (
    enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    person_id     uuid NOT NULL,
    PRIMARY KEY (enterprise_id, person_id)
);
CREATE INDEX enterprise_member_person_idx ON enterprise_member (person_id);

-- One row per import: the counts, and the rejected rows kept for the error report download.
CREATE TABLE enterprise_import (
    id          uuid PRIMARY KEY,
    person_id   uuid,
    file_name   varchar(255) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created     int          NOT NULL,
    updated     int          NOT NULL,
    unchanged   int          NOT NULL,
    rejected    int          NOT NULL
);
CREATE TABLE enterprise_import_error (
    import_id uuid         NOT NULL REFERENCES enterprise_import (id) ON DELETE CASCADE,
    position  int          NOT NULL,
    row_no    int          NOT NULL,
    col       varchar(100) NOT NULL,
    reason    text         NOT NULL,
    PRIMARY KEY (import_id, position)
);
