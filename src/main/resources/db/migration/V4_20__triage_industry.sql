-- Checklists (问题化解白名单) also group by the industry of the enterprise that raised a case; cases triaged before
-- this column existed take it from their credit code.
ALTER TABLE triage_case ADD COLUMN industry varchar(32);
UPDATE triage_case t SET industry = e.industry
  FROM cases c JOIN enterprise e ON e.credit_code = c.credit_code
 WHERE c.id = t.case_id;
CREATE INDEX triage_case_industry_idx ON triage_case (industry, category);
