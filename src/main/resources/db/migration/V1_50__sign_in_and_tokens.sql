-- API tokens for machine clients: only a SHA-256 hash is stored; the token is shown once at creation.
CREATE TABLE api_token (
    id         uuid PRIMARY KEY,
    person_id  uuid         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name       varchar(100) NOT NULL,
    token_hash varchar(64)  NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL DEFAULT now(),
    last_used  timestamptz,
    revoked    boolean      NOT NULL DEFAULT false
);
