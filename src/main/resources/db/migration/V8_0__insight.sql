-- Insight: one fact row per case (kept current from casework events) and the daily rollup the dashboards read.
-- Paths use the C collation so that prefix searches (LIKE '/D01/T01/%') can use the btree indexes.
CREATE TABLE insight_case (
    case_id           uuid PRIMARY KEY,
    number            varchar(24)  NOT NULL,
    day               date         NOT NULL,
    jurisdiction_path varchar(400) COLLATE "C" NOT NULL,
    category          varchar(32)  NOT NULL,
    channel           varchar(16)  NOT NULL,
    status            varchar(16)  NOT NULL,
    closure_kind      varchar(16),
    satisfied         boolean,
    score             smallint,
    due_at            timestamptz,
    replied_at        timestamptz,
    lat               double precision,
    lon               double precision
);
CREATE INDEX insight_case_path_day_idx ON insight_case (jurisdiction_path, day);
CREATE INDEX insight_case_open_due_idx ON insight_case (due_at, jurisdiction_path)
    WHERE status IN ('ASSIGNED', 'RETURNED', 'ACKNOWLEDGED', 'IN_PROGRESS');

CREATE TABLE insight_daily (
    jurisdiction_path varchar(400) COLLATE "C" NOT NULL,
    day               date         NOT NULL,
    category          varchar(32)  NOT NULL,
    channel           varchar(16)  NOT NULL,
    status            varchar(16)  NOT NULL,
    closure_kind      varchar(16)  NOT NULL DEFAULT '',
    cases             int NOT NULL,
    verdicts          int NOT NULL,
    satisfied         int NOT NULL,
    score_sum         int NOT NULL,
    replied           int NOT NULL,
    replied_on_time   int NOT NULL,
    PRIMARY KEY (jurisdiction_path, day, category, channel, status, closure_kind)
);

-- cases that exist before insight arrives are counted once here; events keep both tables current afterwards
INSERT INTO insight_case
SELECT id, number, (created_at AT TIME ZONE 'Asia/Shanghai')::date, jurisdiction_path, category, channel, status,
       closure_kind, satisfied, score, due_at, replied_at, lat, lon
FROM cases;

INSERT INTO insight_daily
SELECT jurisdiction_path, day, category, channel, status, coalesce(closure_kind, ''), count(*),
       count(satisfied), count(*) FILTER (WHERE satisfied), coalesce(sum(score), 0),
       count(*) FILTER (WHERE replied_at IS NOT NULL AND due_at IS NOT NULL),
       count(*) FILTER (WHERE replied_at IS NOT NULL AND due_at IS NOT NULL AND replied_at <= due_at)
FROM insight_case GROUP BY 1, 2, 3, 4, 5, 6;
