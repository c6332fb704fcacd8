-- case_history, the largest table (7-8 rows per case), range-partitioned by month of its time stamp, so that old
-- months stay untouched on disk and can be detached or archived whole; a default partition takes anything outside
-- the monthly ones, and casework's daily "case-history-partitions" task keeps the next months created ahead.
--
-- A partitioned table's primary key must contain the partition key, so it becomes (case_id, seq, at). (case_id,
-- seq) stays unique because every history entry is written in the transaction that updates its case row under
-- the optimistic version check (Cases.save): two writers of the same case cannot both commit.
--
-- On an existing database the rows are copied once into the new table (minutes for tens of millions of rows).

ALTER TABLE case_history RENAME TO case_history_unpartitioned;
ALTER TABLE case_history_unpartitioned RENAME CONSTRAINT case_history_pkey TO case_history_unpartitioned_pkey;

CREATE TABLE case_history (
    case_id     uuid          NOT NULL,
    seq         int           NOT NULL,
    at          timestamptz   NOT NULL,
    actor_id    uuid,
    actor_name  varchar(100)  NOT NULL,
    role        varchar(16)   NOT NULL,
    channel     varchar(16)   NOT NULL,
    action      varchar(16)   NOT NULL,
    from_status varchar(16),
    to_status   varchar(16)   NOT NULL,
    note        varchar(5000),
    detail      varchar(400),
    PRIMARY KEY (case_id, seq, at)
) PARTITION BY RANGE (at);

CREATE TABLE case_history_default PARTITION OF case_history DEFAULT;

-- One partition per month (Beijing time) from the oldest entry to three months ahead.
CREATE FUNCTION case_history_month_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    lo   timestamptz := (date_trunc('month', month)::timestamp AT TIME ZONE 'Asia/Shanghai');
    hi   timestamptz := ((date_trunc('month', month) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai');
    name  text := 'case_history_' || to_char(month, 'YYYY_MM');
BEGIN
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    -- rows of that month that landed in the default partition move into the new one
    EXECUTE format('CREATE TABLE %I (LIKE case_history INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
    EXECUTE format('WITH moved AS (DELETE FROM case_history_default WHERE at >= %L AND at < %L RETURNING *) '
                   'INSERT INTO %I SELECT * FROM moved', lo, hi, name);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (at >= %L AND at < %L)', name, name || '_range', lo, hi);
    EXECUTE format('ALTER TABLE case_history ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lo, hi);
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', name, name || '_range');
END $$;

DO $$
DECLARE
    oldest date := coalesce((SELECT min(at) FROM case_history_unpartitioned), now())
                   AT TIME ZONE 'Asia/Shanghai';
    month  date := date_trunc('month', oldest);
BEGIN
    WHILE month <= date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') + interval '3 months' LOOP
        PERFORM case_history_month_partition(month);
        month := month + interval '1 month';
    END LOOP;
END $$;

INSERT INTO case_history SELECT * FROM case_history_unpartitioned;
DROP TABLE case_history_unpartitioned;
-- added after the copy: one validating join instead of a check per copied row
ALTER TABLE case_history ADD CONSTRAINT case_history_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases (id)
    ON DELETE CASCADE;
ANALYZE case_history;
