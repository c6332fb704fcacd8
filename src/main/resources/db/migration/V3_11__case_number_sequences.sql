-- Case numbers take their serial from one sequence per kind instead of a per-day counter row: nextval never
-- waits for another transaction, so concurrent intakes no longer queue on the day's row lock until commit.
-- The serial no longer restarts each day; it starts above every serial already handed out, so numbers of
-- earlier days stay unique. The counter table is kept for history.
CREATE SEQUENCE case_number_qy;
CREATE SEQUENCE case_number_ms;
SELECT setval('case_number_qy', COALESCE((SELECT max(last_value) FROM case_number_counter WHERE prefix = 'QY'), 0) + 1, false);
SELECT setval('case_number_ms', COALESCE((SELECT max(last_value) FROM case_number_counter WHERE prefix = 'MS'), 0) + 1, false);
