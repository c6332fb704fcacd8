-- Joint consultations (联席会商) on a case: invited units with their attendance, minutes and decisions, and the
-- follow-up tasks each unit must finish by its deadline before the case can be resolved.
CREATE TABLE consultation (
    id          uuid PRIMARY KEY,
    case_id     uuid          NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    meets_at    timestamptz   NOT NULL,
    place       varchar(200),
    online_link varchar(400),
    convened_by varchar(100)  NOT NULL,
    convened_at timestamptz   NOT NULL,
    minutes     varchar(5000),
    decisions   varchar(5000),
    recorded_at timestamptz,
    CHECK (place IS NOT NULL OR online_link IS NOT NULL)
);
CREATE INDEX consultation_case_idx ON consultation (case_id);

CREATE TABLE consultation_unit (
    consultation_id uuid    NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    unit_id         uuid    NOT NULL REFERENCES unit (id),
    attended        boolean,
    PRIMARY KEY (consultation_id, unit_id)
);

CREATE TABLE consultation_task (
    id              uuid PRIMARY KEY,
    consultation_id uuid          NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    case_id         uuid          NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    unit_id         uuid          NOT NULL REFERENCES unit (id),
    description     varchar(1000) NOT NULL,
    due_at          timestamptz   NOT NULL,
    done_at         timestamptz,
    done_by         varchar(100),
    note            varchar(1000)
);
CREATE INDEX consultation_task_open_idx ON consultation_task (case_id) WHERE done_at IS NULL;
