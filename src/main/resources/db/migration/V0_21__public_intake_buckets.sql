-- Token buckets of the public intake rate limit (Bucket4j's PostgreSQL store), one row per client address and
-- limit, shared by every instance so that several instances together allow the configured rate and no more.
-- expires_at (epoch milliseconds) lets a recurring task delete buckets that have refilled completely.
CREATE TABLE public_intake_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX public_intake_bucket_expires_idx ON public_intake_bucket (expires_at);
