package org.claimboard.outlet;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.claimboard.model.BaseEntity;

/** A news organisation, under its canonical name ("Financial Times"), addressed in URLs by its slug. */
@Entity
@Table(name = "outlet")
public class Outlet extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 200)
    private String slug;

    /** Other names seen for the outlet, comma-separated ("FT"); may be null. */
    @Column(length = 1000)
    private String aliases;

    protected Outlet() {
    }

    public Outlet(String name) {
        this.name = name;
        this.slug = slugOf(name);
    }

    /** "The Times" gives "the-times": lower case, accents dropped, every other run of non-alphanumerics a '-'. */
    public static String slugOf(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getAliases() { return aliases; }

    public Set<String> aliasSet() {
        Set<String> set = new LinkedHashSet<>();
        if (aliases != null) {
            Arrays.stream(aliases.split(",")).map(String::strip).filter(a -> !a.isEmpty()).forEach(set::add);
        }
        return set;
    }

    /** Records another name for this outlet; the canonical name itself is never an alias. */
    public void addAlias(String alias) {
        if (alias == null || alias.isBlank() || alias.strip().equalsIgnoreCase(name)) {
            return;
        }
        Set<String> set = aliasSet();
        set.add(alias.strip().replace(",", " "));
        String joined = String.join(", ", set);
        if (joined.length() <= 1000) {
            aliases = joined;
        }
    }
}
