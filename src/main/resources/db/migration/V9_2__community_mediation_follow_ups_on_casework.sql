-- Mediation follow-ups (回访) now run on casework's follow-up machinery (case_follow_up rows of subject kind
-- MEDIATION, V3_75): policy, timers, the unit's list, recording, 案结事了. Community keeps what casework tells it.
-- Numbered after V9_1 (which made the old table) so that a new database ends without it too; it touches the old
-- table only when it is there and can be run again without copying anything twice.

INSERT INTO follow_up_subject_policy (subject_kind, offsets, referrals, changed_by, changed_at)
VALUES ('MEDIATION', '{7,30}', false, 'migration', now())
ON CONFLICT (subject_kind) DO NOTHING;

-- What casework reported of each mediation follow-up (SubjectFollowUpRecorded), and settled closes (SubjectSettled).
CREATE TABLE IF NOT EXISTS community_mediation_follow_up (
    follow_up_id uuid PRIMARY KEY,
    mediation_id uuid        NOT NULL,
    round        int         NOT NULL,
    status       text        NOT NULL,
    outcome      text,
    unreached    int         NOT NULL DEFAULT 0,
    recorded_at  timestamptz
);
CREATE INDEX IF NOT EXISTS community_mediation_follow_up_mediation ON community_mediation_follow_up (mediation_id);
CREATE TABLE IF NOT EXISTS community_mediation_settled (
    mediation_id uuid PRIMARY KEY,
    settled_at   timestamptz NOT NULL
);

-- The mediations' own follow-ups so far, copied into casework's table (done ones keep outcome, note, who and when;
-- they had no method or satisfaction) with the unit that now follows them up: the community's office, otherwise the
-- police station whose area holds the community. Those due already become due; timers are planned at start-up.
DO $$
BEGIN
    IF to_regclass('community_mediation_followup') IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO case_follow_up (id, subject_kind, subject_id, subject_number, subject_title, subject_link, contact_name,
                                contact_phone, closed_at, round, offset_days, due_on, unit_id, jurisdiction_path,
                                category, status, outcome, note, recorded_by, recorded_at, imported)
    SELECT f.id, 'MEDIATION', m.id, m.number, left('人民调解：' || m.summary, 400), '/community/mediations/' || m.id,
           a.name, a.phone, coalesce(m.closed_at, m.created_at),
           row_number() OVER (PARTITION BY m.id ORDER BY f.due_on, f.id),
           greatest(1, f.due_on - (coalesce(m.closed_at, m.created_at) AT TIME ZONE 'Asia/Shanghai')::date),
           f.due_on,
           (SELECT u.id FROM unit u JOIN jurisdiction j ON j.id = u.jurisdiction_id
            WHERE u.active AND (u.kind = 'COMMUNITY_OFFICE' AND j.path = m.community_path
                                OR u.kind = 'POLICE_STATION' AND m.community_path LIKE j.path || '%')
            ORDER BY u.kind = 'COMMUNITY_OFFICE' DESC, length(j.path) DESC, u.code LIMIT 1),
           m.community_path,
           CASE m.type WHEN 'LABOUR' THEN 'LABOUR_SOCIAL_SECURITY' WHEN 'CONSUMER' THEN 'COMMERCE_TOURISM'
                       WHEN 'PROPERTY' THEN 'URBAN_CONSTRUCTION' WHEN 'OTHER' THEN 'OTHER'
                       ELSE 'PUBLIC_SAFETY' END,
           CASE WHEN f.done_at IS NOT NULL THEN 'DONE' WHEN f.due_on <= current_date THEN 'DUE' ELSE 'PLANNED' END,
           CASE WHEN f.done_at IS NULL THEN NULL WHEN f.holding THEN 'HELD' ELSE 'RECURRED' END,
           left(f.note, 2000), left(f.done_by, 100), f.done_at, true
    FROM community_mediation_followup f
    JOIN community_mediation m ON m.id = f.mediation_id
    LEFT JOIN LATERAL (SELECT p.name, p.phone FROM community_mediation_party p
                       WHERE p.mediation_id = m.id AND p.side = 'APPLICANT' ORDER BY p.name LIMIT 1) a ON true
    ON CONFLICT DO NOTHING;

    INSERT INTO case_settlement (subject_kind, subject_id, closed_at, settled_at, jurisdiction_path)
    SELECT 'MEDIATION', m.id, coalesce(m.closed_at, m.created_at), max(f.done_at), m.community_path
    FROM community_mediation m JOIN community_mediation_followup f ON f.mediation_id = m.id
    GROUP BY m.id
    HAVING bool_and(f.done_at IS NOT NULL AND f.holding)
    ON CONFLICT DO NOTHING;

    INSERT INTO community_mediation_follow_up (follow_up_id, mediation_id, round, status, outcome, recorded_at)
    SELECT c.id, c.subject_id, c.round, c.status, c.outcome, c.recorded_at
    FROM case_follow_up c JOIN community_mediation_followup f ON f.id = c.id
    ON CONFLICT (follow_up_id) DO NOTHING;

    INSERT INTO community_mediation_settled (mediation_id, settled_at)
    SELECT s.subject_id, s.settled_at FROM case_settlement s
    WHERE s.subject_kind = 'MEDIATION' AND s.subject_id IN (SELECT mediation_id FROM community_mediation_followup)
    ON CONFLICT (mediation_id) DO NOTHING;

    DROP TABLE community_mediation_followup;
END
$$;
