-- The dashboard's rollup: one row per jurisdiction × day (grain D) or month (grain M, day = the 1st) × one
-- dimension value (all | channel | category | status | closure, the last only for closed cases). The dashboard
-- needs these margins, not their cross product, so a row count bounded by places × days × ~25 whatever the
-- number of cases; whole months of a period are read from M rows, the ragged ends from D rows.
CREATE TABLE insight_tally (
    grain             char(1)      NOT NULL CHECK (grain IN ('D', 'M')),
    jurisdiction_path varchar(400) COLLATE "C" NOT NULL,
    day               date         NOT NULL,
    dim               varchar(8)   NOT NULL,
    value             varchar(32)  NOT NULL,
    cases             int NOT NULL,
    verdicts          int NOT NULL,
    satisfied         int NOT NULL,
    score_sum         int NOT NULL,
    replied           int NOT NULL,
    replied_on_time   int NOT NULL,
    PRIMARY KEY (grain, day, jurisdiction_path, dim, value)
);

INSERT INTO insight_tally
SELECT g.grain, r.jurisdiction_path, CASE g.grain WHEN 'D' THEN r.day ELSE date_trunc('month', r.day)::date END,
       d.dim, d.value, sum(r.cases), sum(r.verdicts), sum(r.satisfied), sum(r.score_sum), sum(r.replied),
       sum(r.replied_on_time)
FROM insight_daily r
CROSS JOIN (VALUES ('D'), ('M')) g (grain)
CROSS JOIN LATERAL (VALUES ('all', ''), ('channel', r.channel), ('category', r.category), ('status', r.status),
    ('closure', CASE WHEN r.status = 'CLOSED' THEN r.closure_kind ELSE '' END)) d (dim, value)
WHERE d.dim <> 'closure' OR d.value <> ''
GROUP BY 1, 2, 3, 4, 5;

-- open cases past their deadline, counted per period: walk the open cases of the period only
CREATE INDEX insight_case_open_day_idx ON insight_case (day, jurisdiction_path) INCLUDE (due_at)
    WHERE status IN ('ASSIGNED', 'RETURNED', 'ACKNOWLEDGED', 'IN_PROGRESS');
