-- joint actions route their reports: a campaign may name its handling unit, a party may be a unit of the system
-- (a police station, a property company); reports become cases assigned to the handling unit or the lead party's unit

ALTER TABLE community_campaign ADD COLUMN handling_unit_id uuid;
ALTER TABLE community_campaign_party ADD COLUMN unit_id uuid;
ALTER TABLE community_campaign_report ADD COLUMN unit_id uuid;
CREATE INDEX community_campaign_report_case ON community_campaign_report (campaign_id, case_id);
