-- A unit's overdue count (open cases it leads whose deadline has passed, in the period) read from the index alone:
-- the unit's open cases by day, with the deadline and place carried in the index. At 5 M cases the same count took
-- 1.9 s cold through the day index and the heap, and 2 ms with this one (bench/insight, unit dashboard).
-- The column is also added by R__insight_unit_tally, which runs after every versioned migration on a new database.
ALTER TABLE insight_case ADD COLUMN IF NOT EXISTS lead_unit_id uuid;
CREATE INDEX IF NOT EXISTS insight_case_unit_open_day_idx ON insight_case (lead_unit_id, day)
    INCLUDE (due_at, jurisdiction_path)
    WHERE status IN ('ASSIGNED', 'RETURNED', 'ACKNOWLEDGED', 'IN_PROGRESS') AND lead_unit_id IS NOT NULL;
