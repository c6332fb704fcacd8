-- How often each department inspects a firm of each grade on routine (times a year; 0: no routine inspection).
CREATE TABLE inspection_frequency (
    unit_id        uuid         NOT NULL REFERENCES unit (id),
    grade          char(1)      NOT NULL CHECK (grade IN ('A', 'B', 'C')),
    times_per_year int          NOT NULL CHECK (times_per_year BETWEEN 0 AND 12),
    changed_by     varchar(100) NOT NULL,
    changed_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (unit_id, grade)
);
