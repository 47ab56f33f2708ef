package org.claimboard.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.outlet.Outlet;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.person.Person;
import org.claimboard.person.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * Finds or creates the countries, outlets and people one article refers to: one query per kind for the
 * whole article, then the missing ones are created. Call inside the article's transaction.
 */
@Component
class ReferenceData {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");

    private final CountryRepository countries;
    private final OutletRepository outlets;
    private final PersonRepository people;

    ReferenceData(CountryRepository countries, OutletRepository outlets, PersonRepository people) {
        this.countries = countries;
        this.outlets = outlets;
        this.people = people;
    }

    static boolean isCountryCode(String code) {
        return code != null && ISO_CODE.matcher(code).matches();
    }

    /** Country by code for every valid code given; unknown codes are created with their English name. */
    Map<String, Country> countries(Collection<String> codes) {
        Set<String> wanted = new TreeSet<>();
        codes.stream().filter(ReferenceData::isCountryCode).forEach(wanted::add);
        Map<String, Country> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        countries.findByCodeIn(wanted).forEach(c -> found.put(c.getCode(), c));
        List<Country> created = wanted.stream().filter(code -> !found.containsKey(code)).map(Country::of).toList();
        countries.saveAll(created).forEach(c -> found.put(c.getCode(), c));
        return found;
    }

    /** Outlet by canonical name (as given) for every name with a usable slug. */
    Map<String, Outlet> outlets(Collection<String> names) {
        Map<String, String> slugByName = new HashMap<>();
        names.stream().filter(n -> n != null && !n.isBlank())
                .forEach(n -> slugByName.put(n, Outlet.slugOf(Limits.fit(n, Limits.OUTLET))));
        slugByName.values().removeIf(String::isEmpty);
        Map<String, Outlet> bySlug = new HashMap<>();
        if (!slugByName.isEmpty()) {
            outlets.findBySlugIn(Set.copyOf(slugByName.values())).forEach(o -> bySlug.put(o.getSlug(), o));
        }
        Map<String, Outlet> byName = new HashMap<>();
        slugByName.forEach((name, slug) -> {
            Outlet outlet = bySlug.computeIfAbsent(slug,
                    s -> outlets.save(new Outlet(Limits.fit(name, Limits.OUTLET))));
            outlet.addAlias(name);
            byName.put(name, outlet);
        });
        return byName;
    }

    /** Records every person named (name, role, country code), keeping what was already known. */
    void people(Map<String, String[]> roleAndCountryByName) {
        Map<String, String[]> wanted = new HashMap<>();
        roleAndCountryByName.forEach((name, facts) -> {
            if (name != null && !name.isBlank()) {
                wanted.put(Limits.fit(name.strip(), Limits.NAME), facts);
            }
        });
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Person> known = new HashMap<>();
        people.findByNameIn(wanted.keySet()).forEach(p -> known.put(p.getName().toLowerCase(Locale.ROOT), p));
        wanted.forEach((name, facts) -> {
            Person person = known.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> people.save(new Person(name)));
            person.learn(Limits.fit(facts[0], Limits.NAME), isCountryCode(facts[1]) ? facts[1] : null);
        });
    }
}
