-- Ed25519 key pairs that sign inspection codes (亮码). The newest unretired key signs; retired keys still verify
-- the codes they signed until those expire.
CREATE TABLE inspection_code_key (
    id          serial       PRIMARY KEY,
    private_key text         NOT NULL,
    public_key  text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    created_by  varchar(100) NOT NULL,
    retired_at  timestamptz
);
-- at most one signing key, also when two instances start at once
CREATE UNIQUE INDEX inspection_code_key_signing ON inspection_code_key ((retired_at IS NULL)) WHERE retired_at IS NULL;
