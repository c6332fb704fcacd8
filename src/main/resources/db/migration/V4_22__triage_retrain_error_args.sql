-- A failed retrain keeps the arguments of its message (e.g. the training file it could not read), so that the
-- models page shows the whole sentence instead of a placeholder.
ALTER TABLE triage_retrain_job ADD COLUMN error_args text[] NOT NULL DEFAULT '{}';
