-- Case lists and searches at millions of cases (bench/insight/run).
-- A case number, or its start, is looked up by prefix: a btree range instead of trigram bitmaps over four columns.
CREATE INDEX cases_number_prefix_idx ON cases (number varchar_pattern_ops);
-- Lists filtered by status and category, newest first: the count (capped) and the page read one index range in
-- the list's order instead of collecting every case of the status and sorting them.
CREATE INDEX cases_status_category_created_idx ON cases (status, category, created_at DESC NULLS LAST, number DESC);
