package org.liaison.push;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Tickets for the resident's event stream, so the case secret never goes in a URL (EventSource cannot set a
 * header, and a query string lands in proxy and access logs). A ticket names one case and an expiry and is signed
 * with HMAC-SHA256 under STREAM_TICKET_KEY, so any instance sharing the key accepts it without shared state; a
 * leaked one opens that case's public stream for at most the ticket lifetime, and never reveals the secret.
 */
@ApplicationScoped
public class StreamTickets {

    /** A ticket and when it stops opening streams. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final PushConfig config;
    private final Clock clock;

    StreamTickets(PushConfig config, Clock clock) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.ticketKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("STREAM_TICKET_KEY must be base64 (32 random bytes: openssl rand -base64 32)");
        }
        if (raw.length < 32) {
            throw new IllegalStateException("STREAM_TICKET_KEY must decode to at least 32 bytes (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
        this.config = config;
        this.clock = clock;
    }

    /** A ticket for the case's stream, valid for the configured lifetime. */
    public Issued issue(long caseId) {
        Instant expiresAt = clock.instant().plus(config.ticketLifetime());
        String payload = ENCODE.encodeToString((caseId + ":" + expiresAt.getEpochSecond()).getBytes(StandardCharsets.US_ASCII));
        return new Issued(payload + "." + ENCODE.encodeToString(sign(payload)), expiresAt);
    }

    /** The case the ticket opens, when it is genuine and not expired; empty for anything else. */
    public Optional<Long> caseOf(String ticket) {
        if (ticket == null || ticket.length() > 200) {
            return Optional.empty();
        }
        int dot = ticket.indexOf('.');
        if (dot <= 0 || dot != ticket.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = ticket.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(ticket.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(payload), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 2 || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[0]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
