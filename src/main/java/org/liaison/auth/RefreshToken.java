package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A refresh token as stored: only its hash, the session it belongs to, and whether it was used. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    /** Hex SHA-256 of the token; the token itself is never stored. */
    @Id
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    @Column(name = "session_id", nullable = false)
    public Long sessionId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
