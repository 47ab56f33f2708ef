package org.claimboard.country;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country, keyed by its ISO 3166-1 alpha-2 code, named in English. */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    protected Country() {
    }

    public Country(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The country for an ISO code, its name from the JDK's locale data (the code itself if unknown). */
    public static Country of(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        String name = new Locale("", upper).getDisplayCountry(Locale.ENGLISH);
        return new Country(upper, name == null || name.isBlank() ? upper : name);
    }

    public String getCode() { return code; }
    public String getName() { return name; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Country that && code != null && code.equals(that.getCode());
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
