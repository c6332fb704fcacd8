-- The case list's default order (newest first, then number) as an index, so that a page of a list of millions is
-- read from its start instead of sorting every case in scope; NULLS LAST matches the list's ORDER BY.
CREATE INDEX cases_created_number_idx ON cases (created_at DESC NULLS LAST, number DESC);
