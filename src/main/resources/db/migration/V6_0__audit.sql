-- Tamper-evident audit trail: each entry's hash covers its content and the previous entry's hash,
-- so changing or deleting any entry breaks the chain from there on.
CREATE TABLE audit_entry (
    seq          bigint PRIMARY KEY,
    at           timestamptz  NOT NULL,
    actor        varchar(64)  NOT NULL,
    action       varchar(64)  NOT NULL,
    subject_type varchar(64),
    subject_id   varchar(100),
    detail       text,
    prev_hash    varchar(64)  NOT NULL,
    hash         varchar(64)  NOT NULL
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
