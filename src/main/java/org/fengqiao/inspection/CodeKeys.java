package org.fengqiao.inspection;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection-code key pairs kept in the database, so that codes verify after a restart and on every instance.
 * The first use generates the signing key; a rotation retires it (it keeps verifying) and makes a new one.
 */
@Repository
class CodeKeys {

    /** One stored key pair; {@code retiredAt} is null for the signing key. */
    record StoredKey(int id, KeyPair pair, Instant createdAt, Instant retiredAt) {

        String publicKeyBase64() {
            return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        }
    }

    private final JdbcClient jdbc;

    CodeKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signing key, generated and stored on first use (a concurrent first use by another instance wins). */
    @Transactional
    StoredKey signing() {
        return current().orElseGet(() -> {
            insertNew("system");
            return current().orElseThrow();
        });
    }

    /** Every stored key, signing key first. */
    List<StoredKey> all() {
        return jdbc.sql("SELECT * FROM inspection_code_key ORDER BY retired_at DESC NULLS FIRST, id DESC")
                .query((rs, n) -> new StoredKey(rs.getInt("id"), decode(rs.getString("private_key"),
                        rs.getString("public_key")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant()))
                .list();
    }

    /** Retires the signing key (it still verifies) and stores a new one. */
    @Transactional
    StoredKey rotate(String by) {
        jdbc.sql("UPDATE inspection_code_key SET retired_at = now() WHERE retired_at IS NULL").update();
        insertNew(by);
        return current().orElseThrow();
    }

    private java.util.Optional<StoredKey> current() {
        return all().stream().filter(k -> k.retiredAt() == null).findFirst();
    }

    private void insertNew(String by) {
        KeyPair pair = generate();
        Base64.Encoder b64 = Base64.getEncoder();
        jdbc.sql("""
                INSERT INTO inspection_code_key (private_key, public_key, created_by) VALUES (?, ?, ?)
                ON CONFLICT ((retired_at IS NULL)) WHERE retired_at IS NULL DO NOTHING""")
                .params(b64.encodeToString(pair.getPrivate().getEncoded()),
                        b64.encodeToString(pair.getPublic().getEncoded()), by).update();
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair decode(String privateBase64, String publicBase64) {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateBase64)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicBase64)));
            return new KeyPair(pub, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("inspection code key is not a base64 Ed25519 key pair", e);
        }
    }
}
