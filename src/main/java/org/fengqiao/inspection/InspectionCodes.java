package org.fengqiao.inspection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.fengqiao.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 亮码检查: a signed inspection code per planned visit. The token carries visit, firm, day, departments and plan,
 * an expiry and a nonce, signed with Ed25519, so that anyone with the public key can verify it offline; the
 * server also refuses a nonce it has seen (a code shown twice).
 */
@Component
class InspectionCodes {

    /** What a verified token says. */
    record Claims(UUID visitId, UUID enterpriseId, LocalDate date, List<UUID> unitIds, UUID planId,
            Instant expires, String nonce) {
    }

    private static final Logger log = LoggerFactory.getLogger(InspectionCodes.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private final InspectionSettings settings;
    private final CodeKeys keys;
    private final KeyPair configured;
    private volatile KeyRing ring;

    /** The signing key and every public key that still verifies, as loaded at {@code loadedAt}. */
    private record KeyRing(KeyPair signing, List<PublicKey> verifying, Instant loadedAt) {
    }

    /**
     * With {@code fengqiao.inspection.code-key} set, that key signs and alone verifies; otherwise the key pairs
     * stored in the database do (generated on first use), so codes keep verifying after a restart.
     */
    InspectionCodes(InspectionSettings settings, CodeKeys keys) {
        this.settings = settings;
        this.keys = keys;
        if (settings.codeKey().isBlank()) {
            this.configured = null;
        } else {
            log.info("inspection codes are signed with the configured key fengqiao.inspection.code-key");
            this.configured = CodeKeys.decode(settings.codeKey(), settings.codePublicKey());
        }
    }

    private KeyRing ring(boolean reload) {
        KeyRing r = ring;
        if (configured != null) {
            if (r == null) {
                r = new KeyRing(configured, List.of(configured.getPublic()), Instant.now());
                ring = r;
            }
            return r;
        }
        if (r == null || reload || r.loadedAt().plus(RELOAD_AFTER).isBefore(Instant.now())) {
            CodeKeys.StoredKey signing = keys.signing();
            r = new KeyRing(signing.pair(), keys.all().stream().map(k -> k.pair().getPublic()).toList(),
                    Instant.now());
            ring = r;
        }
        return r;
    }

    /** Retires the signing key (codes it signed still verify) and signs with a new one from now on. */
    String rotate(String by) {
        if (configured != null) {
            throw new InvalidInput("key", "inspection.code.keyConfigured");
        }
        CodeKeys.StoredKey key = keys.rotate(by);
        ring(true);
        return key.publicKeyBase64();
    }

    /** Every public key that verifies codes, base64 X.509, the signing key first. */
    List<String> publicKeys() {
        return ring(false).verifying().stream().map(k -> Base64.getEncoder().encodeToString(k.getEncoded()))
                .toList();
    }

    /** The X.509 public key, base64, for offline verifiers. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(ring(false).signing().getPublic().getEncoded());
    }

    String issue(PlannedInspection visit) {
        Instant expires = visit.date().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()
                .plus(settings.codeValidity());
        String payload = String.join("|", "v1", visit.id().toString(), visit.enterpriseId().toString(),
                visit.date().toString(), String.join(",", visit.unitIds().stream().map(UUID::toString).toList()),
                visit.planId().toString(), String.valueOf(expires.getEpochSecond()), UUID.randomUUID().toString());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(bytes) + "." + B64.encodeToString(sign(bytes));
    }

    /** Verifies signature and expiry; a forged or expired token is refused with the reason. */
    Claims verify(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        try {
            if (parts.length != 2) {
                throw forged();
            }
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
            if (!signedByAny(ring(false).verifying(), payload, signature)
                    && (configured != null || !signedByAny(ring(true).verifying(), payload, signature))) {
                throw forged();
            }
            String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|");
            if (f.length != 8 || !"v1".equals(f[0])) {
                throw forged();
            }
            Claims c = new Claims(UUID.fromString(f[1]), UUID.fromString(f[2]), LocalDate.parse(f[3]),
                    java.util.Arrays.stream(f[4].split(",")).map(UUID::fromString).toList(), UUID.fromString(f[5]),
                    Instant.ofEpochSecond(Long.parseLong(f[6])), f[7]);
            if (now.isAfter(c.expires())) {
                throw new InvalidInput("token", "inspection.code.expired");
            }
            return c;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw forged();
        }
    }

    byte[] qrPng(String url) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 320, 320), "PNG",
                    out);
            return out.toByteArray();
        } catch (WriterException | java.io.IOException e) {
            throw new IllegalStateException("QR encoding failed", e);
        }
    }

    private static boolean signedByAny(List<PublicKey> candidates, byte[] payload, byte[] signature)
            throws GeneralSecurityException {
        for (PublicKey key : candidates) {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(payload);
            if (verifier.verify(signature)) {
                return true;
            }
        }
        return false;
    }

    private byte[] sign(byte[] payload) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(ring(false).signing().getPrivate());
            signer.update(payload);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInput forged() {
        return new InvalidInput("token", "inspection.code.forged");
    }

}
