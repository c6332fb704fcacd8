-- 回访 of things that are not cases (a community mediation's agreement, ...): the same follow-up rows, timers, list
-- and recording as cases. Such a row names its subject (kind, id, number, title, link) and whom to call instead of a
-- case; exactly one of case_id and subject_id is set. Rows copied from a module's older follow-up records are
-- marked imported: those records had no method or satisfaction, so a done imported row may lack them.
ALTER TABLE case_follow_up ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_follow_up
    ADD COLUMN subject_kind   varchar(32),
    ADD COLUMN subject_id     uuid,
    ADD COLUMN subject_number varchar(64),
    ADD COLUMN subject_title  varchar(400),
    ADD COLUMN subject_link   varchar(400),
    ADD COLUMN contact_name   varchar(100),
    ADD COLUMN contact_phone  varchar(40),
    ADD COLUMN imported       boolean NOT NULL DEFAULT false;
ALTER TABLE case_follow_up ADD CONSTRAINT case_follow_up_one_subject
    CHECK ((case_id IS NULL) = (subject_id IS NOT NULL) AND (subject_id IS NULL) = (subject_kind IS NULL));
ALTER TABLE case_follow_up DROP CONSTRAINT case_follow_up_done_check;
ALTER TABLE case_follow_up ADD CONSTRAINT case_follow_up_done_check
    CHECK (status <> 'DONE' OR (outcome IS NOT NULL AND (imported OR (method IS NOT NULL
                                AND (satisfaction IS NOT NULL OR outcome = 'UNREACHABLE')))));
CREATE UNIQUE INDEX case_follow_up_subject_round ON case_follow_up (subject_kind, subject_id, closed_at, round)
    WHERE subject_id IS NOT NULL;
CREATE INDEX case_follow_up_imported_idx ON case_follow_up (status) WHERE imported;

-- 案结事了 of such a subject's close, beside those of cases.
ALTER TABLE case_settlement DROP CONSTRAINT case_settlement_pkey;
ALTER TABLE case_settlement ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_settlement ADD COLUMN subject_kind varchar(32), ADD COLUMN subject_id uuid;
ALTER TABLE case_settlement ADD CONSTRAINT case_settlement_one_subject
    CHECK ((case_id IS NULL) = (subject_id IS NOT NULL) AND (subject_id IS NULL) = (subject_kind IS NULL));
CREATE UNIQUE INDEX case_settlement_case ON case_settlement (case_id, closed_at) WHERE case_id IS NOT NULL;
CREATE UNIQUE INDEX case_settlement_subject ON case_settlement (subject_kind, subject_id, closed_at)
    WHERE subject_id IS NOT NULL;

-- Offsets per kind of subject (the modules that own a kind insert its row); referrals: whether a close that handed
-- the matter on (to a court, the police) is followed up too, not only one that settled it.
CREATE TABLE follow_up_subject_policy (
    subject_kind varchar(32)  PRIMARY KEY,
    offsets      integer[]    NOT NULL CHECK (cardinality(offsets) BETWEEN 1 AND 5),
    referrals    boolean      NOT NULL DEFAULT false,
    changed_by   varchar(100) NOT NULL,
    changed_at   timestamptz  NOT NULL
);
