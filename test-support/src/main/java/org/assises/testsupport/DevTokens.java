package org.assises.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Mints bearer tokens signed with the development key pair ({@code dev-keys/}, never valid in
 * production) for tests and the local stack.
 */
public final class DevTokens {

    /** The issuer the services expect unless ASSISES_JWT_ISSUER says otherwise. */
    public static final String ISSUER = "https://assises.local/dev-issuer";
    /** Classpath location of the development public key, for the services' configuration. */
    public static final String PUBLIC_KEY_RESOURCE = "dev-keys/publicKey.pem";

    private static final PrivateKey KEY = loadPrivateKey();

    private DevTokens() {
    }

    /** A token for {@code subject} with the given roles, valid for {@code validity}. */
    public static String token(String subject, Duration validity, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(roles));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEY);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    /** A one-hour token for a test user named after the role. */
    public static String forRole(String role) {
        return token("test-" + role, Duration.ofHours(1), role);
    }

    /** A one-hour token for a named person: a juror (the subject the organisers registered) or a second APCAE account. */
    public static String forSubject(String subject, String role) {
        return token(subject, Duration.ofHours(1), role);
    }

    /** The development public key, PEM, for a service started outside the test profile. */
    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private static PrivateKey loadPrivateKey() {
        String pem = resource("dev-keys/privateKey.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development private key is unreadable", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
