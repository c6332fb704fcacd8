-- Imports started from the page run in the background; the page polls this row for progress.
ALTER TABLE enterprise_import ADD COLUMN status varchar(16) NOT NULL DEFAULT 'DONE'
    CHECK (status IN ('RUNNING', 'DONE', 'FAILED'));
ALTER TABLE enterprise_import ADD COLUMN total int NOT NULL DEFAULT 0;
ALTER TABLE enterprise_import ADD COLUMN processed int NOT NULL DEFAULT 0;
