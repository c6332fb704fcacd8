-- Merging duplicate cases (合并办理): a merged case is closed as MERGED and points at the case that carries the
-- handling; its reporter follows that case.
ALTER TABLE cases ADD COLUMN merged_into uuid REFERENCES cases (id);
ALTER TABLE cases ADD CONSTRAINT cases_merged_closed
    CHECK (merged_into IS NULL OR (status = 'CLOSED' AND closure_kind = 'MERGED' AND merged_into <> id));
CREATE INDEX cases_merged_into_idx ON cases (merged_into) WHERE merged_into IS NOT NULL;
