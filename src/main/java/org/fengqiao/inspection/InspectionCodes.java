package org.fengqiao.inspection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
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

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final InspectionSettings settings;

    InspectionCodes(InspectionSettings settings) throws GeneralSecurityException {
        this.settings = settings;
        KeyPair pair;
        if (settings.codeKey().isBlank()) {
            log.warn("fengqiao.inspection.code-key is not set: inspection codes are signed with a key made at start "
                    + "and stop verifying after a restart");
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } else {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(settings.codeKey())));
            PublicKey pub = KeyFactory.getInstance("Ed25519").generatePublic(
                    new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(settings.codePublicKey())));
            pair = new KeyPair(pub, key);
        }
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** The X.509 public key, base64, for offline verifiers. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
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
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(payload);
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[1]))) {
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

    private byte[] sign(byte[] payload) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
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
