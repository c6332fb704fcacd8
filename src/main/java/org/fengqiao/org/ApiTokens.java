package org.fengqiao.org;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.shared.Digests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens for machine clients ({@code Authorization: Bearer fq_…}). The token is shown once; only its
 * SHA-256 is kept, so a database leak does not leak working tokens.
 */
@Repository
public class ApiTokens {

    /** A token as listed to its owner (never the secret). */
    public record Token(UUID id, String name, Instant createdAt, Instant lastUsed, boolean revoked) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token for the person and returns the secret, which cannot be read again. */
    public String issue(UUID personId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "fq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO api_token (id, person_id, name, token_hash) VALUES (?,?,?,?)")
                .params(UUID.randomUUID(), personId, name, hash(secret)).update();
        return secret;
    }

    /**
     * The username owning a live token, recording its use. {@code last_used} is written at most once a minute per
     * token: clients sharing one token would otherwise queue on that row and pay a commit on every request.
     */
    public Optional<String> usernameFor(String secret) {
        if (secret == null || !secret.startsWith("fq_")) {
            return Optional.empty();
        }
        String hash = hash(secret);
        // One statement: the owner, and last_used refreshed at most once a minute (so clients sharing a token do not
        // queue on its row).
        Optional<String> owner = jdbc.sql("""
                WITH touched AS (
                  UPDATE api_token SET last_used = now()
                  WHERE token_hash = :hash AND NOT revoked
                    AND (last_used IS NULL OR last_used < now() - interval '1 minute'))
                SELECT p.username FROM api_token t JOIN person p ON p.id = t.person_id
                WHERE t.token_hash = :hash AND NOT t.revoked AND p.enabled""")
                .param("hash", hash).query(String.class).optional();
        return owner;
    }

    public List<Token> of(UUID personId) {
        return jdbc.sql("SELECT id, name, created_at, last_used, revoked FROM api_token WHERE person_id = ? ORDER BY created_at DESC")
                .param(personId)
                .query((rs, i) -> new Token(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used") == null ? null : rs.getTimestamp("last_used").toInstant(),
                        rs.getBoolean("revoked")))
                .list();
    }

    public void revoke(UUID personId, UUID tokenId) {
        jdbc.sql("UPDATE api_token SET revoked = true WHERE id = ? AND person_id = ?").params(tokenId, personId).update();
    }

    private static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }
}
