package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One signed-in device of an account; its refresh tokens are bound to it. */
@Entity
@Table(name = "auth_session")
public class AuthSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "device_label", length = 100)
    public String deviceLabel;

    @Column(name = "client_address", nullable = false, length = 64)
    public String clientAddress;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    public Instant lastUsedAt;

    /** Sliding: moved by every refresh, never past {@link #expiresAt}. */
    @Column(name = "refresh_expires_at", nullable = false)
    public Instant refreshExpiresAt;

    /** Absolute end of the session. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_reason", length = 32)
    public String revokedReason;

    /** Still usable at this instant: neither ended nor run out. */
    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(refreshExpiresAt) && now.isBefore(expiresAt);
    }

    /** Moves the sliding expiry after a refresh, capped by the absolute one. */
    void refreshed(Instant now, java.time.Duration lifetime, String address) {
        lastUsedAt = now;
        clientAddress = address;
        Instant slid = now.plus(lifetime);
        refreshExpiresAt = slid.isBefore(expiresAt) ? slid : expiresAt;
    }

    void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }
}
