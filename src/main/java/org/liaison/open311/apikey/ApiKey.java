package org.liaison.open311.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

import java.time.Instant;

/** A key issued to one Open311 client application. Only its hash is stored; revoking keeps the row for the record. */
@Entity
@Table(name = "open311_api_key")
public class ApiKey extends AuditedEntity {

    @Column(name = "client_name", nullable = false, length = 200)
    public String clientName;

    /** The first characters of the key, so an administrator can tell keys apart without the key itself. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    public String keyHash;

    /** POST requests per minute; null takes the configured default. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean isActive() {
        return revokedAt == null;
    }
}
