-- Enforcement decisions (行政处罚等执法决定) a department takes against a firm, and the filing register of the major
-- ones (重大执法决定备案): a major decision must be filed with the district within a time limit.
CREATE TABLE enforcement_decision (
    id              uuid          PRIMARY KEY,
    enterprise_id   uuid          NOT NULL REFERENCES enterprise (id),
    unit_id         uuid          NOT NULL REFERENCES unit (id),
    -- the inspection record it follows, if any (no foreign key: this range of migrations runs before inspection's)
    record_id       uuid,
    kind            varchar(24)   NOT NULL CHECK (kind IN ('WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION',
                                                          'LICENCE_REVOKED')),
    fine_yuan       numeric(14,2) NOT NULL DEFAULT 0 CHECK (fine_yuan >= 0),
    document_number varchar(60)   NOT NULL UNIQUE,
    summary         varchar(1000) NOT NULL,
    legal_basis     varchar(300)  NOT NULL,
    decided_on      date          NOT NULL,
    major           boolean       NOT NULL,
    major_reason    varchar(100),
    filing_due      date,
    filing_number   varchar(40)   UNIQUE,
    filed_by        varchar(100),
    filed_at        timestamptz,
    recorded_by     varchar(100)  NOT NULL,
    recorded_at     timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK (major OR filing_number IS NULL)
);
CREATE INDEX enforcement_decision_unit ON enforcement_decision (unit_id, decided_on);
CREATE INDEX enforcement_decision_major ON enforcement_decision (decided_on) WHERE major;
CREATE SEQUENCE enforcement_filing_serial;
