-- public wishes are moderated (a resident's wish shows on the public wall only once staff approved it) and a wish's
-- completion proof may carry a photo, stored like case attachments

ALTER TABLE community_wish ADD COLUMN moderation text NOT NULL DEFAULT 'APPROVED'
    CHECK (moderation IN ('PENDING', 'APPROVED', 'REJECTED'));
ALTER TABLE community_wish ADD COLUMN moderated_by text;
ALTER TABLE community_wish ADD COLUMN moderated_at timestamptz;
ALTER TABLE community_wish ADD COLUMN proof_photo_id uuid;
CREATE INDEX community_wish_moderation ON community_wish (community_code, moderation, created_at DESC);

CREATE TABLE community_wish_photo (
    id              uuid PRIMARY KEY,
    wish_id         uuid        NOT NULL REFERENCES community_wish (id),
    file_name       text        NOT NULL,
    content_type    text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes      integer     NOT NULL CHECK (size_bytes > 0),
    data            bytea       NOT NULL,
    uploaded_by     text        NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX community_wish_photo_wish ON community_wish_photo (wish_id);
