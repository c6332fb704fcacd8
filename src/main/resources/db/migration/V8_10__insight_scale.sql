-- Indexes the lists and searches need at millions of cases (measured by bench/insight/run).
-- Text and number search (ILIKE '%…%' over title, description, number, enterprise name): trigram GIN indexes,
-- so a search touches the matching rows only instead of reading every case.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_title_trgm_idx ON cases USING gin (title gin_trgm_ops);
CREATE INDEX cases_description_trgm_idx ON cases USING gin (description gin_trgm_ops);
CREATE INDEX cases_number_trgm_idx ON cases USING gin (number gin_trgm_ops);
CREATE INDEX cases_enterprise_trgm_idx ON cases USING gin (enterprise_name gin_trgm_ops);
-- the reconciliation of the insight facts looks at recently changed cases only
CREATE INDEX cases_updated_idx ON cases (updated_at);
-- drill-down lists are newest first: walk the facts by day backwards and stop after one page
CREATE INDEX insight_case_day_number_idx ON insight_case (day, number);
