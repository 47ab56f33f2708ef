package org.claimboard.extraction.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.LexicalSteps;
import org.claimboard.extraction.PersonMention;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    private static List<PersonMention> people(String text) {
        return LexicalSteps.run(text).people();
    }

    @Test
    void readsANameAfterARoleWithTheCountryOfTheRolePhrase() {
        String text = "Afterwards, Lithuania Defense Minister Dovile Sakaliene criticized the view.";
        assertThat(people(text)).containsExactly(new PersonMention("Dovile Sakaliene", "Lithuania Defense Minister", "LT",
                text.indexOf("Dovile"), text.indexOf(" criticized")));
    }

    @Test
    void readsUnknownPeopleAfterRolesAndHonorifics() {
        assertThat(people("Foreign Ministry spokeswoman Anna Novak said so. The Chief of the General Staff, Mr. Tony Blake, agreed."))
                .extracting(PersonMention::name, PersonMention::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Novak", "Foreign Ministry spokeswoman"),
                        org.assertj.core.groups.Tuple.tuple("Tony Blake", null));
    }

    @Test
    void abbreviatedMilitaryRanksAreRoles() {
        assertThat(people("Gen. Thierry Burkhard, the French chief of staff, agreed.")).extracting(PersonMention::name)
                .containsExactly("Thierry Burkhard");
    }

    @Test
    void knownLeadersGetTheirFullNameAndCountry() {
        assertThat(people("Prime Minister Starmer urged Washington. Zelenskyy's aide agreed. Kremlin spokesman Dmitry Peskov did not."))
                .extracting(PersonMention::name, PersonMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Keir Starmer", "GB"),
                        org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskyy", "UA"),
                        org.assertj.core.groups.Tuple.tuple("Dmitry Peskov", "RU"));
    }

    @Test
    void aSurnameAloneLinksToTheFullNameSeenEarlier() {
        assertThat(people("Defence Minister Jan Kowalczyk spoke. Later Kowalczyk left.")).extracting(PersonMention::name)
                .containsExactly("Jan Kowalczyk", "Jan Kowalczyk");
    }

    @Test
    void misspelledNamesAreNotChased() {
        assertThat(people("British Prime Minister Stamer visited France.")).extracting(PersonMention::name, PersonMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Stamer", "GB"));
    }

    @Test
    void wordsOfOfficesAreNoNames() {
        assertThat(people("The President's Office and the Prime Minister of Poland met the General Staff.")).isEmpty();
    }

    @Test
    void aLeaderOutOfOfficeKeepsTheNameButNotTheCountry() {
        List<PersonMention> found = LexicalSteps.PIPELINE.extract(new ArticleInput("Biden spoke.", null, null, null,
                LocalDate.of(2026, 1, 1), null)).people();
        assertThat(found).extracting(PersonMention::name, PersonMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Joe Biden", null));
    }
}
