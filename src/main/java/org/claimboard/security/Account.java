package org.claimboard.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account kept in the database: today only the admin's, so a generated password outlives a restart. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Account() {
    }

    Account(String username, String passwordHash, Instant updatedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.updatedAt = updatedAt;
    }

    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }

    void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.updatedAt = at;
    }
}
