package org.claimboard.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.claimboard.model.BaseEntity;

/** A named person seen in articles, with the role and country the text gave them (when it did). */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    @Column(nullable = false, unique = true, length = 300)
    private String name;

    @Column(length = 300)
    private String role;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    protected Person() {
    }

    public Person(String name) {
        this.name = name;
    }

    public String getName() { return name; }
    public String getRole() { return role; }
    public String getCountryCode() { return countryCode; }

    /** Keeps what is known: a role or country is filled in when missing, never overwritten. */
    public void learn(String newRole, String newCountryCode) {
        if (role == null && newRole != null && !newRole.isBlank()) {
            role = newRole;
        }
        if (countryCode == null && newCountryCode != null && newCountryCode.length() == 2) {
            countryCode = newCountryCode;
        }
    }
}
