-- Working-day calendar: per year, the State Council's holidays and make-up working days (调休).
-- A year is "covered" once its notice is stored; dates in uncovered years are refused, never guessed.
CREATE TABLE calendar_year (
    year       int          PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    notice     text         NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now(),
    updated_by varchar(64)  NOT NULL
);

CREATE TABLE calendar_day (
    day  date         PRIMARY KEY,
    kind varchar(8)   NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name varchar(50)  NOT NULL,
    year int          NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    CHECK (extract(year FROM day) = year)
);
CREATE INDEX calendar_day_year_idx ON calendar_day (year);

-- Office hours: ranges that apply on every working day; unit_id NULL is the default for units without their own.
CREATE TABLE office_hours (
    id      uuid  PRIMARY KEY,
    unit_id uuid  REFERENCES unit (id) ON DELETE CASCADE,
    starts  time  NOT NULL,
    ends    time  NOT NULL CHECK (ends > starts)
);
CREATE INDEX office_hours_unit_idx ON office_hours (unit_id);

INSERT INTO office_hours (id, unit_id, starts, ends) VALUES
    ('00000000-0000-0000-0000-00000000a001', NULL, '08:30', '12:00'),
    ('00000000-0000-0000-0000-00000000a002', NULL, '13:30', '17:30');

INSERT INTO calendar_year (year, notice, updated_by) VALUES
(2025, '2025-01-01 元旦 休
2025-01-28..2025-02-04 春节 休
2025-01-26 春节 上班
2025-02-08 春节 上班
2025-04-04..2025-04-06 清明节 休
2025-05-01..2025-05-05 劳动节 休
2025-04-27 劳动节 上班
2025-05-31..2025-06-02 端午节 休
2025-10-01..2025-10-08 国庆节、中秋节 休
2025-09-28 国庆节、中秋节 上班
2025-10-11 国庆节、中秋节 上班', 'migration'),
(2026, '2026-01-01..2026-01-03 元旦 休
2026-01-04 元旦 上班
2026-02-15..2026-02-23 春节 休
2026-02-14 春节 上班
2026-02-28 春节 上班
2026-04-04..2026-04-06 清明节 休
2026-05-01..2026-05-05 劳动节 休
2026-05-09 劳动节 上班
2026-06-19..2026-06-21 端午节 休
2026-09-25..2026-09-27 中秋节 休
2026-10-01..2026-10-07 国庆节 休
2026-09-20 国庆节 上班
2026-10-10 国庆节 上班', 'migration');

INSERT INTO calendar_day (day, kind, name, year)
SELECT d::date, 'HOLIDAY', h.name, extract(year FROM h.first)::int
FROM (VALUES
    ('2025-01-01'::date, '2025-01-01'::date, '元旦'),
    ('2025-01-28', '2025-02-04', '春节'),
    ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'),
    ('2025-05-31', '2025-06-02', '端午节'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')) AS h(first, last, name),
    generate_series(h.first, h.last, interval '1 day') AS d;

INSERT INTO calendar_day (day, kind, name, year) VALUES
    ('2025-01-26', 'WORKDAY', '春节', 2025),
    ('2025-02-08', 'WORKDAY', '春节', 2025),
    ('2025-04-27', 'WORKDAY', '劳动节', 2025),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节', 2025),
    ('2025-10-11', 'WORKDAY', '国庆节、中秋节', 2025),
    ('2026-01-04', 'WORKDAY', '元旦', 2026),
    ('2026-02-14', 'WORKDAY', '春节', 2026),
    ('2026-02-28', 'WORKDAY', '春节', 2026),
    ('2026-05-09', 'WORKDAY', '劳动节', 2026),
    ('2026-09-20', 'WORKDAY', '国庆节', 2026),
    ('2026-10-10', 'WORKDAY', '国庆节', 2026);
