-- The current state of each case a joint action's report became, kept by community from casework's case events
-- (CampaignCases), so that the campaign dashboard counts its cases per state with one grouped query instead of
-- reading every case back through casework. Filled from the cases as they stand when this runs (once, and again
-- harmlessly: a newer state is never overwritten by an older one).
CREATE TABLE IF NOT EXISTS community_campaign_case (
    case_id         uuid PRIMARY KEY,
    campaign_id     uuid        NOT NULL REFERENCES community_campaign (id),
    report_id       uuid        NOT NULL,
    status          text        NOT NULL,
    case_updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS community_campaign_case_state ON community_campaign_case (campaign_id, status);

INSERT INTO community_campaign_case (case_id, campaign_id, report_id, status, case_updated_at)
SELECT DISTINCT ON (r.case_id) r.case_id, r.campaign_id, r.id, c.status, c.updated_at
FROM community_campaign_report r JOIN cases c ON c.id = r.case_id
ORDER BY r.case_id, r.reported_at
ON CONFLICT (case_id) DO UPDATE SET status = EXCLUDED.status, case_updated_at = EXCLUDED.case_updated_at
    WHERE community_campaign_case.case_updated_at <= EXCLUDED.case_updated_at;
