-- The dashboard's drill-down lists filtered by category and status, newest first (same idea as the case list's
-- status + category index in V7_21). Repeatable, so that it runs after insight_case exists (V8_0) on a new database.
CREATE INDEX IF NOT EXISTS insight_case_category_status_day_idx
    ON insight_case (category, status, day DESC, number DESC) INCLUDE (jurisdiction_path);
