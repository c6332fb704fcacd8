-- Reports of a unit (its figures as lead unit) beside those of a jurisdiction, and reports over any span of days
-- (CUSTOM, period_from..period_to) beside months and quarters. A unit's report keeps the unit's jurisdiction path,
-- so the jurisdiction's dispatchers find it; the unit's own staff find it by unit_id.
ALTER TABLE insight_report ADD COLUMN unit_id uuid;
ALTER TABLE insight_report ADD COLUMN unit_code varchar(32);
ALTER TABLE insight_report DROP CONSTRAINT insight_report_period_kind_check;
ALTER TABLE insight_report ADD CONSTRAINT insight_report_period_kind_check
    CHECK (period_kind IN ('MONTH', 'QUARTER', 'CUSTOM'));
DROP INDEX insight_report_scheduled_once_idx;
-- one scheduled report per jurisdiction (or unit) and month, however many instances or runs of the monthly task
CREATE UNIQUE INDEX insight_report_scheduled_once_idx ON insight_report (jurisdiction_path,
    coalesce(unit_id, '00000000-0000-0000-0000-000000000000'::uuid), period_from, period_kind) WHERE scheduled;
CREATE INDEX insight_report_unit_idx ON insight_report (unit_id, requested_at DESC) WHERE unit_id IS NOT NULL;
