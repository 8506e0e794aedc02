package org.liaison.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.common.AuditedEntity;

/** A login: an administrator, or the account of a deputy or of a department's staff. */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

    /** Stored lower-case, so logins are case-insensitive. */
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    /** bcrypt (modular crypt format); never leaves the service. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** One of {@link Role}'s constants. */
    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "deputy_id")
    public Long deputyId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Raised to make every token issued before stop working; access tokens carry the one they were issued under. */
    @Column(name = "token_generation", nullable = false)
    public int tokenGeneration;
}
