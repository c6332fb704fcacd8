-- cases, range-partitioned by month of intake, so that a month's cases sit together on disk with their own small
-- indexes, old months stay untouched and can be detached or archived whole, and the figures measured at 5 M cases
-- hold at 50 M (see the README, "Scale").
--
-- The partition key is the case id: new ids are UUID version 7 (CaseId), whose first 48 bits are the millisecond
-- of intake, so a month is one range of ids. Partitioning by id keeps the primary key (id) unique across the whole
-- table and lets a lookup of one case by id touch one partition.
--
-- Sixteen foreign keys refer to a case by id (fifteen tables and a merged case's link). A foreign key pointing at a
-- partitioned table is tied to each partition, so a row could never move from the default partition into a month
-- created later (the default keeps ids of cases taken in before this migration: random version 4 ids, spread over
-- the whole id space, some inside future months). The references therefore point at case_key instead: one narrow row per case (id, number), the table
-- that was "cases" before this migration, so every existing reference keeps pointing where it did and needs no
-- re-validation. case_key also keeps the case number unique across all partitions (a unique index of a
-- partitioned table must contain its partition key). A trigger on cases inserts the key row first; deleting a
-- case's key deletes the case and everything referring to it.
--
-- On an existing database the rows are copied once (minutes for millions of cases, measured in the README).

ALTER TABLE cases RENAME TO case_key;
ALTER TABLE case_key RENAME CONSTRAINT cases_pkey TO case_key_pkey;
ALTER TABLE case_key RENAME CONSTRAINT cases_number_key TO case_key_number_key;

-- the secondary indexes and outgoing foreign keys of the old table, re-created on the new one after the copy
CREATE TEMPORARY TABLE v9_3_index ON COMMIT DROP AS
    SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
    WHERE indrelid = 'case_key'::regclass AND NOT indisprimary AND indexrelid <> 'case_key_number_key'::regclass;
CREATE TEMPORARY TABLE v9_3_fkey ON COMMIT DROP AS
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'case_key'::regclass AND contype = 'f';

DO $$
DECLARE
    i record;
BEGIN
    FOR i IN SELECT name FROM v9_3_index LOOP
        EXECUTE 'DROP INDEX ' || i.name;
    END LOOP;
END $$;
DROP TRIGGER cases_touch ON case_key;

CREATE TABLE cases (
    LIKE case_key INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
    PRIMARY KEY (id)
) PARTITION BY RANGE (id);

CREATE TABLE cases_default PARTITION OF cases DEFAULT;

-- The smallest version 7 id of an instant: its millisecond in the first 48 bits, zeros after.
CREATE FUNCTION case_id_floor(t timestamptz) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (lpad(to_hex(floor(extract(epoch FROM t) * 1000)::bigint), 12, '0') || '00000000000000000000')::uuid
$$;

-- The partition of one month (Beijing time) of case ids. Cases of that month waiting in the default partition
-- (taken in before the month had its partition, or legacy ids that fall in its range) move into it. The default
-- is first proven free of the range by a constraint, validated without blocking readers and writers, so that
-- attaching does not scan it again under an exclusive lock.
CREATE FUNCTION cases_month_partition(month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    lo   uuid := case_id_floor(date_trunc('month', month)::timestamp AT TIME ZONE 'Asia/Shanghai');
    hi   uuid := case_id_floor((date_trunc('month', month) + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai');
    name text := 'cases_' || to_char(month, 'YYYY_MM');
BEGIN
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE cases INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
    EXECUTE format('WITH moved AS (DELETE FROM cases_default WHERE id >= %L AND id < %L RETURNING *) '
                   'INSERT INTO %I SELECT * FROM moved', lo, hi, name);
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (id >= %L AND id < %L)', name, name || '_range', lo, hi);
    EXECUTE format('ALTER TABLE cases_default ADD CONSTRAINT %I CHECK (id < %L OR id >= %L) NOT VALID',
                   name || '_elsewhere', lo, hi);
    EXECUTE format('ALTER TABLE cases_default VALIDATE CONSTRAINT %I', name || '_elsewhere');
    EXECUTE format('ALTER TABLE cases ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lo, hi);
    EXECUTE format('ALTER TABLE cases_default DROP CONSTRAINT %I', name || '_elsewhere');
    EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', name, name || '_range');
END $$;

-- The month (Beijing time) of a version 7 id, NULL for other versions.
CREATE FUNCTION case_id_month(id uuid) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN substr(id::text, 15, 1) = '7' THEN
        date_trunc('month', to_timestamp(('x' || lpad(substr(replace(id::text, '-', ''), 1, 12), 16, '0'))::bit(64)::bigint
                                         / 1000.0) AT TIME ZONE 'Asia/Shanghai')::date END
$$;

-- this month to three months ahead, and every month that already has version 7 ids
DO $$
DECLARE
    month date;
BEGIN
    FOR month IN
        SELECT DISTINCT case_id_month(id) FROM case_key WHERE case_id_month(id) IS NOT NULL
        UNION
        SELECT (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') + k * interval '1 month')::date
        FROM generate_series(0, 3) k
    LOOP
        PERFORM cases_month_partition(month);
    END LOOP;
END $$;

INSERT INTO cases SELECT * FROM case_key;

-- indexes and foreign keys after the copy: each built once per partition instead of row by row
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT def FROM v9_3_index LOOP
        EXECUTE regexp_replace(r.def, ' ON (\S+\.)?case_key ', ' ON \1cases ');
    END LOOP;
    FOR r IN SELECT name, def FROM v9_3_fkey LOOP
        EXECUTE format('ALTER TABLE cases ADD CONSTRAINT %I %s', r.name, r.def);
    END LOOP;
END $$;
ALTER TABLE cases ADD CONSTRAINT cases_id_fkey FOREIGN KEY (id) REFERENCES case_key (id) ON DELETE CASCADE;

CREATE TRIGGER cases_touch BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_touch();

-- every case has its key row, written before the case itself; a row moving between partitions keeps its key
CREATE FUNCTION case_key_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_key (id, number) VALUES (NEW.id, NEW.number) ON CONFLICT (id) DO NOTHING;
    RETURN NEW;
END $$;
CREATE TRIGGER case_key_claim BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_key_claim();

-- case_key keeps only the id and number; the table is rewritten to give back the space of the other columns
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT attname FROM pg_attribute
             WHERE attrelid = 'case_key'::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('id', 'number')
    LOOP
        EXECUTE format('ALTER TABLE case_key DROP COLUMN %I', c.attname);
    END LOOP;
END $$;
ALTER TABLE case_key ALTER COLUMN number TYPE varchar(24) USING number || '';

-- the daily partition task now covers both tables under a new name (CasePartitions)
DELETE FROM scheduled_tasks WHERE task_name = 'case-history-partitions';

ANALYZE case_key;
ANALYZE cases;
