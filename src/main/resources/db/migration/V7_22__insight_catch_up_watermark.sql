-- Insight's catch-up (RollupMaintenance.reconcile) reads only the cases written since its last run instead of
-- comparing every case with its fact row. touched_at is the wall-clock time of the row's last write, kept by the
-- database: the aggregate's own updated_at follows the case's clock, which demo data and imports set in the past.
-- A row written with touched_at already set (a restore's COPY) keeps it, so a restored table checksums the same;
-- an update that changes nothing leaves it alone.
ALTER TABLE cases ADD COLUMN touched_at timestamptz;

CREATE FUNCTION cases_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.touched_at := coalesce(NEW.touched_at, clock_timestamp());
    ELSIF NEW.touched_at IS NOT DISTINCT FROM OLD.touched_at AND NEW IS DISTINCT FROM OLD THEN
        NEW.touched_at := clock_timestamp();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER cases_touch BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION cases_touch();
CREATE INDEX cases_touched_idx ON cases (touched_at);

-- how far the catch-up has read: cases touched before this time (less the overlap) have been compared
CREATE TABLE insight_watermark (
    name varchar(32) PRIMARY KEY,
    at   timestamptz NOT NULL
);
