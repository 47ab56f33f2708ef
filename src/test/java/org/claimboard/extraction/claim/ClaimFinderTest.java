package org.claimboard.extraction.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.testing.Docs;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

    private final ClaimFinder finder = new ClaimFinder();

    private List<ReportedClaim> claims(String text) {
        Document doc = Docs.doc(text);
        finder.apply(doc);
        return doc.claims();
    }

    @Test
    void aSentenceCitingAnOutletIsAttributedToIt() {
        assertThat(claims("The Times reported that the plan to send 64,000 soldiers to Ukraine would fail."))
                .singleElement().satisfies(c -> {
                    assertThat(c.outlet()).isEqualTo("The Times");
                    assertThat(c.countries()).containsExactly("UA");
                    assertThat(c.text()).contains("64,000 soldiers");
                });
    }

    @Test
    void aBackReferenceCarriesTheOutletCitedInTheParagraph() {
        List<ReportedClaim> found = claims("The Sunday Times has released an article about Ukraine. The article claims that"
                + " Britain is no longer interested in sending troops. Germany refused as well.");
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("The Sunday Times", "The Sunday Times", null);
    }

    @Test
    void aSentenceThatOnlyRefersBackToTheReportIsAClaim() {
        assertThat(claims("The Times reported that Britain will send troops. The newspaper said the plan included"
                + " naval patrols.")).extracting(ReportedClaim::outlet).containsExactly("The Times", "The Times");
    }

    @Test
    void aHeadlineThatReportsIsAClaim() {
        assertThat(claims("Germany refuses to send troops to Ukraine\nBy Vafa Guliyeva"))
                .singleElement().satisfies(c -> assertThat(c.countries()).containsExactly("DE", "UA"));
    }

    @Test
    void theOutletIsNotCarriedIntoALaterParagraph() {
        List<ReportedClaim> found = claims("The Times reported that Britain will send troops.\nA new day began in France."
                + "\nThen the report said Poland will not.");
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("The Times", null, null);
    }

    @Test
    void theSpeakerIsTheSubjectOfASpeechVerb() {
        List<ReportedClaim> found = claims("Sakaliene said that Europe cannot mobilize 64,000 soldiers. Keir Starmer, the"
                + " British prime minister, warned Washington. France will decide, he said.");
        assertThat(found).extracting(ReportedClaim::speaker).containsExactly("Sakaliene", "Keir Starmer", "Keir Starmer");
        assertThat(found.get(0).countries()).containsExactly("LT");
        assertThat(found.get(1).countries()).containsExactly("GB", "US");
    }

    @Test
    void aPersonCitedIsTheSpeaker() {
        assertThat(claims("According to Macron, France will send troops.")).singleElement()
                .satisfies(c -> assertThat(c.speaker()).isEqualTo("Macron"));
    }

    @Test
    void theDateIsTheFirstInTheSentence() {
        assertThat(claims("Officials met on April 10 in Brussels and again on April 25."))
                .singleElement().satisfies(c -> assertThat(c.date().date().iso()).isEqualTo("--04-10"));
    }

    @Test
    void bylinesNotesAndCommentaryAreNotClaims() {
        assertThat(claims("By Vafa Guliyeva\n[Editor in charge: Wang Jinzhi]\n(Keir Starmer, author's unit: UK)\n"
                + "Comment\nIt is obviously not realistic at all.")).isEmpty();
    }

    @Test
    void offsetsAreTheSentence() {
        String text = "Intro line.\nPoland refused to send troops.";
        assertThat(claims(text)).singleElement().satisfies(c -> {
            assertThat(text.substring(c.start(), c.end())).isEqualTo("Poland refused to send troops.");
            assertThat(c.sentence()).isEqualTo(1);
        });
    }

    @Test
    void aContrastBetweenTwoOutletsGivesEachItsClause() {
        String text = "The Times reported that Britain would send 5,000 troops, while The Telegraph said France would wait.";
        List<ReportedClaim> found = claims(text);
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("The Times", "The Telegraph");
        assertThat(found.get(0).text()).isEqualTo("The Times reported that Britain would send 5,000 troops, ");
        assertThat(found.get(1).text()).isEqualTo("while The Telegraph said France would wait.");
        assertThat(found.get(1).start()).isEqualTo(text.indexOf("while"));
        assertThat(found.get(0).countries()).containsExactly("GB");
        assertThat(found.get(1).countries()).containsExactly("FR");
        assertThat(found).extracting(ReportedClaim::sentence).containsOnly(0);
    }

    @Test
    void twoOutletsCitedForOneReportEachHoldTheReport() {
        List<ReportedClaim> found = claims("According to Financial Times and, separately, The Wall Street Journal, Belgium has offered 300 soldiers.");
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("Financial Times", "The Wall Street Journal");
        assertThat(found).allSatisfy(c -> assertThat(c.text()).contains("300 soldiers"));
        assertThat(found.get(1).text()).startsWith("The Wall Street Journal");
    }

    @Test
    void anOutletNamedLastGetsTheReportBeforeItsName() {
        String text = "The minister told The Telegraph that 2,000 soldiers would go to Ukraine, in remarks carried by The Times.";
        List<ReportedClaim> found = claims(text);
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("The Telegraph", "The Times");
        assertThat(found).allSatisfy(c -> assertThat(c.text()).contains("2,000 soldiers"));
        assertThat(found).extracting(ReportedClaim::end).doesNotHaveDuplicates();
        assertThat(found.get(1).text()).endsWith("The Times");
    }

    @Test
    void anOutletWhoseVerbGoesOnWithAParticipleGetsTheReportBeforeItsName() {
        String text = "The minister told The Telegraph that 500 soldiers could go, The Times reported, adding that they"
                + " would train Ukrainian units.";
        List<ReportedClaim> found = claims(text);
        assertThat(found).extracting(ReportedClaim::outlet).containsExactly("The Telegraph", "The Times");
        assertThat(found).allSatisfy(c -> assertThat(c.text()).contains("500 soldiers"));
        assertThat(found.get(1).text()).endsWith("The Times");
    }

    @Test
    void anOutletNamedTwiceGivesOneClaim() {
        assertThat(claims("The Times reported that Spain will wait, and The Times added that Italy will too."))
                .singleElement().satisfies(c -> assertThat(c.outlet()).isEqualTo("The Times"));
    }

    @Test
    void aSentenceThatOnlyCitesAnOutletLeavesTheReportToTheNext() {
        assertThat(claims("The Telegraph reported on Monday. Britain would send 4,000 soldiers to Ukraine."))
                .extracting(ReportedClaim::outlet).containsExactly("The Telegraph", "The Telegraph");
        assertThat(claims("The Telegraph reported that Britain would wait. France would send 4,000 soldiers."))
                .extracting(ReportedClaim::outlet).containsExactly("The Telegraph", null);
        assertThat(claims("The Telegraph reported on Monday.\nFrance would send 4,000 soldiers."))
                .extracting(ReportedClaim::outlet).containsExactly("The Telegraph", null);
    }
}
