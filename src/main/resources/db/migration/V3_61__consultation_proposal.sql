-- The last rung of an escalation ladder ran out without a resolution: a joint consultation (联席会商) is proposed on
-- the case, once per stay on the top rung, until someone convenes it.
CREATE TABLE consultation_proposal (
    case_id         uuid        NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    since           timestamptz NOT NULL,
    rung            smallint    NOT NULL,
    proposed_at     timestamptz NOT NULL,
    consultation_id uuid REFERENCES consultation (id) ON DELETE SET NULL,
    convened_by     varchar(100),
    convened_at     timestamptz,
    PRIMARY KEY (case_id, since)
);
