-- Notifications: the in-app inbox, and outbound deliveries on external channels (retried by db-scheduler).
CREATE TABLE notify_message (
    id         uuid          PRIMARY KEY,
    person_id  uuid          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    title      varchar(200)  NOT NULL,
    body       varchar(4000) NOT NULL,
    link       varchar(400),
    created_at timestamptz   NOT NULL DEFAULT now(),
    read_at    timestamptz
);
CREATE INDEX notify_message_inbox_idx ON notify_message (person_id, created_at DESC);
CREATE INDEX notify_message_unread_idx ON notify_message (person_id) WHERE read_at IS NULL;

CREATE TABLE notify_delivery (
    id         uuid          PRIMARY KEY,
    channel    varchar(32)   NOT NULL,
    address    varchar(400)  NOT NULL,
    title      varchar(200)  NOT NULL,
    body       varchar(4000) NOT NULL,
    link       varchar(400),
    status     varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts   int           NOT NULL DEFAULT 0,
    last_error varchar(400),
    created_at timestamptz   NOT NULL DEFAULT now(),
    sent_at    timestamptz
);
CREATE INDEX notify_delivery_status_idx ON notify_delivery (status, created_at);
