-- 无法联系: a follow-up whose reporter could not be reached is tried again on the next working day, up to a set
-- number of attempts; after the last it is done with outcome UNREACHABLE (no satisfaction: nobody answered), which
-- neither settles the close nor reopens the case.
ALTER TABLE case_follow_up DROP CONSTRAINT case_follow_up_outcome_check;
ALTER TABLE case_follow_up ADD CONSTRAINT case_follow_up_outcome_check
    CHECK (outcome IN ('HELD', 'RECURRED', 'UNREACHABLE'));
ALTER TABLE case_follow_up DROP CONSTRAINT case_follow_up_check;
ALTER TABLE case_follow_up ADD CONSTRAINT case_follow_up_done_check
    CHECK (status <> 'DONE' OR (method IS NOT NULL AND outcome IS NOT NULL
                                AND (satisfaction IS NOT NULL OR outcome = 'UNREACHABLE')));
-- attempts that reached nobody so far; the last one's method, note, person and time stay in the row
ALTER TABLE case_follow_up ADD COLUMN unreached smallint NOT NULL DEFAULT 0 CHECK (unreached >= 0);
