-- An alarm that fires more than the catch-up window after its threshold (the application was down) is still fired,
-- and marked late.
ALTER TABLE deadline_alarm ADD COLUMN late boolean NOT NULL DEFAULT false;
