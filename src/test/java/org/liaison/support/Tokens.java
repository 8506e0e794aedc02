package org.liaison.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.liaison.auth.TokenService;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Tokens for tests, signed with the dev-only key the test profile verifies against. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return builder("1", "admin").sign();
    }

    public static String deputy(long deputyId) {
        return builder("9" + deputyId, "deputy").claim(TokenService.DEPUTY_CLAIM, deputyId).sign();
    }

    public static String department(long departmentId) {
        return builder("8" + departmentId, "department").claim(TokenService.DEPARTMENT_CLAIM, departmentId).sign();
    }

    public static String expired() {
        Instant past = Instant.now().minusSeconds(3600);
        return Jwt.subject("1").groups(Set.of("admin")).issuedAt(past).expiresAt(past.plusSeconds(60)).sign();
    }

    public static String wrongIssuer() {
        return builder("1", "admin").issuer("https://somebody-else.example").sign();
    }

    public static String wrongAudience() {
        return builder("1", "admin").audience("another-service").sign();
    }

    /** A valid admin token whose payload was altered after signing (role raised), so the signature no longer matches. */
    public static String tampered() {
        String[] parts = builder("1", "deputy").sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"deputy\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }

    /** A well-formed admin token signed by a key the service does not trust. */
    public static String foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder("1", "admin").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder builder(String subject, String role) {
        return Jwt.subject(subject).upn(role + "-test").groups(Set.of(role)).expiresIn(600);
    }
}
