package org.liaison.qr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A code printed in a QR code. Only one revision per owner is live; retired ones answer 410. */
@Entity
@Table(name = "public_code")
public class PublicCode {

    @Id
    @Column(length = 16)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 8)
    public OwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    public boolean isLive() {
        return retiredAt == null;
    }
}
