package org.liaison.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

/** A liaison venue where residents meet deputies; its QR code leads residents here. */
@Entity
@Table(name = "venue")
public class Venue extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VenueKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 100)
    public String region;

    @Column(nullable = false, length = 500)
    public String address;

    public Double latitude;

    public Double longitude;

    @Column(name = "opening_hours", length = 500)
    public String openingHours;

    @Column(nullable = false)
    public boolean active = true;

    /** The administration's own number for the venue (spreadsheet imports match on it); optional, unique. */
    @Column(name = "external_code", length = 64)
    public String externalCode;
}
