-- Figures per lead unit (the unit that answers for a case, e.g. 区市场监督管理局): the fact row carries the case's
-- lead unit, and insight_unit_tally keeps the same margins as insight_tally per unit × jurisdiction (cases without
-- a lead unit are not in it). Kept by RollupMaintenance from casework's events like insight_tally.
-- Repeatable, so that it runs after insight_case exists (V8_0) on a new database, and idempotent: it runs again
-- only when this file changes. Runs outside one big transaction (R__insight_unit_tally.sql.conf): the backfill
-- commits every 50,000 fact rows, so a database of millions of cases is not held in one transaction, and a run cut
-- short resumes where the rows still differ. The tally is then rebuilt set-based from the facts in one statement.
ALTER TABLE insight_case ADD COLUMN IF NOT EXISTS lead_unit_id uuid;

CREATE TABLE IF NOT EXISTS insight_unit_tally (
    grain             char(1)      NOT NULL CHECK (grain IN ('D', 'M')),
    unit_id           uuid         NOT NULL,
    jurisdiction_path varchar(400) COLLATE "C" NOT NULL,
    day               date         NOT NULL,
    dim               varchar(8)   NOT NULL,
    value             varchar(32)  NOT NULL,
    cases             int NOT NULL,
    verdicts          int NOT NULL,
    satisfied         int NOT NULL,
    score_sum         int NOT NULL,
    replied           int NOT NULL,
    replied_on_time   int NOT NULL,
    PRIMARY KEY (grain, unit_id, day, jurisdiction_path, dim, value)
);

DO $$
DECLARE
    lo uuid := '00000000-0000-0000-0000-000000000000';
    hi uuid;
BEGIN
    LOOP
        SELECT case_id INTO hi
        FROM (SELECT case_id FROM insight_case WHERE case_id > lo ORDER BY case_id LIMIT 50000) b
        ORDER BY case_id DESC LIMIT 1;
        EXIT WHEN hi IS NULL;
        UPDATE insight_case f SET lead_unit_id = c.lead_unit_id
        FROM cases c
        WHERE c.id = f.case_id AND f.case_id > lo AND f.case_id <= hi
          AND f.lead_unit_id IS DISTINCT FROM c.lead_unit_id;
        COMMIT;
        lo := hi;
    END LOOP;
END $$;

CREATE INDEX IF NOT EXISTS insight_case_unit_day_idx ON insight_case (lead_unit_id, day) WHERE lead_unit_id IS NOT NULL;

BEGIN;
-- a running instance's listener that moves a case between rows waits here until the rebuild commits, and then moves
-- it from the state the rebuild counted (it reads the fact before and writes it after its tally change)
LOCK TABLE insight_unit_tally IN EXCLUSIVE MODE;
DELETE FROM insight_unit_tally;
INSERT INTO insight_unit_tally
SELECT g.grain, f.lead_unit_id, f.jurisdiction_path,
       CASE g.grain WHEN 'D' THEN f.day ELSE date_trunc('month', f.day)::date END, d.dim, d.value,
       count(*), count(f.satisfied), count(*) FILTER (WHERE f.satisfied), coalesce(sum(f.score), 0),
       count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL),
       count(*) FILTER (WHERE f.replied_at IS NOT NULL AND f.due_at IS NOT NULL AND f.replied_at <= f.due_at)
FROM insight_case f
CROSS JOIN (VALUES ('D'), ('M')) g (grain)
CROSS JOIN LATERAL (VALUES ('all', ''), ('channel', f.channel), ('category', f.category), ('status', f.status),
    ('closure', CASE WHEN f.status = 'CLOSED' THEN coalesce(f.closure_kind, '') ELSE '' END)) d (dim, value)
WHERE f.lead_unit_id IS NOT NULL AND (d.dim <> 'closure' OR d.value <> '')
GROUP BY 1, 2, 3, 4, 5, 6;
COMMIT;
