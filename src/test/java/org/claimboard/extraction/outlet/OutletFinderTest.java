package org.claimboard.extraction.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.LexicalSteps;
import org.claimboard.extraction.OutletMention;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OutletFinderTest {

    private static List<String> outlets(String text) {
        return LexicalSteps.run(text).outlets().stream().map(OutletMention::name).toList();
    }

    private static List<String> canonical(String text) {
        return LexicalSteps.run(text).outlets().stream().map(OutletMention::canonical).toList();
    }

    @Nested
    class ListedOutlets {

        @Test
        void countWhenCitedAsTheTextNamesThem() {
            assertThat(outlets("The Times reported that plans changed.")).containsExactly("The Times");
            assertThat(outlets("According to the FT, and as the WSJ wrote, it failed.")).containsExactly("FT", "WSJ");
            assertThat(outlets("He told Reuters and the BBC it was over.")).containsExactly("Reuters", "BBC");
        }

        @Test
        void anAbbreviationIsStoredUnderItsCanonicalName() {
            assertThat(canonical("The force was cut, the WSJ reported on March 2nd.")).containsExactly("The Wall Street Journal");
            assertThat(canonical("Spain changed course, El Pais reported.")).containsExactly("El País");
            assertThat(canonical("Speaking to the FT, he agreed.")).containsExactly("Financial Times");
            assertThat(outlets("Speaking to the FT, he agreed.")).containsExactly("FT");
        }

        @Test
        void theLongestNameWins() {
            assertThat(outlets("The Sunday Times has released an article.")).containsExactly("The Sunday Times");
            assertThat(outlets("The New York Times reported yesterday.")).containsExactly("The New York Times");
        }

        @Test
        void doNotCountWithoutAnyWordOfReporting() {
            assertThat(outlets("The Times Square crowd and Bloomberg terminals.")).isEmpty();
        }

        @Test
        void capitalisedAbbreviationsNeedCapitals() {
            assertThat(outlets("He said ap and ft are words, according to nobody.")).isEmpty();
        }

        @Test
        void anAgencyCreditedInTheDatelineIsThePublisherNotACitation() {
            assertThat(outlets("LONDON (Reuters) - Officials said on Monday that it failed.")).isEmpty();
            assertThat(outlets("The Reuters Institute said so, and Reuters Monday reported more.")).containsExactly("Reuters");
        }

        @Test
        void offsetsCoverTheName() {
            String text = "as reported by the Financial Times today";
            OutletMention found = LexicalSteps.run(text).outlets().get(0);
            assertThat(text.substring(found.start(), found.end())).isEqualTo("the Financial Times");
        }
    }

    @Nested
    class UnlistedOutlets {

        @Test
        void areFoundByTheNounThatFollowsThem() {
            assertThat(outlets("A poll for the Baltica news agency found that most would agree.")).containsExactly("Baltica");
            assertThat(outlets("The minister told the Kuryer newspaper that troops could go.")).containsExactly("Kuryer");
            assertThat(outlets("Soldiers would follow later, Balkannews noted.")).containsExactly("Balkannews");
        }

        @Test
        void areFoundByTheGrammarOfReporting() {
            assertThat(outlets("Plans are ready, Baltic.Watch reports via local media.")).containsExactly("Baltic.Watch");
            assertThat(outlets("A report in Gazeta Polska said so.")).containsExactly("Gazeta Polska");
            assertThat(outlets("Officials spoke to Tallinn Daily Herald, which confirmed it.")).containsExactly("Tallinn Daily Herald");
        }

        @Test
        void aKindOfOutletBeforeOrAfterTheNameMakesItOne() {
            assertThat(outlets("the German newspaper Tagesblick said so.")).containsExactly("Tagesblick");
            assertThat(outlets("according to LRT, the Lithuanian public broadcaster.")).containsExactly("LRT");
            assertThat(outlets("according to Report.az, a local news site.")).containsExactly("Report.az");
        }

        @Test
        void someonesNameIsNoOutlet() {
            assertThat(outlets("As CNN's Jim Sciutto reported, it failed.")).containsExactly("CNN");
        }

        @Test
        void weakGrammarNeedsANameThatLooksLikeAnOutlet() {
            assertThat(outlets("According to John Smith, the plan failed.")).isEmpty();
            assertThat(outlets("According to Baltic News Network, the plan failed.")).containsExactly("Baltic News Network");
        }

        @Test
        void peopleCountriesAndGovernmentBodiesAreNoOutlets() {
            assertThat(outlets("Kremlin spokesman Dmitry Peskov reported progress. Russia reported gains.")).isEmpty();
            assertThat(outlets("The French Foreign Ministry also revealed plans. Officials reported losses.")).isEmpty();
            assertThat(outlets("Most nations remain reluctant to send troops to Ukraine, citing fears.")).isEmpty();
            assertThat(outlets("The Institute for the Study of War reported gains.")).isEmpty();
            assertThat(outlets("Zelensky wrote on Telegram that talks failed.")).isEmpty();
        }
    }

    @Nested
    class NamesAsWritten {

        @Test
        void aListedNameWrittenLongerIsTakenWhole() {
            assertThat(outlets("The minister said to Bloomberg Radio that talks went well.")).containsExactly("Bloomberg Radio");
            assertThat(outlets("As she put it to BBC Radio 5 Live on Sunday, nothing is settled.")).containsExactly("BBC Radio 5 Live");
            assertThat(outlets("He told CNN Tuesday that nothing was agreed.")).containsExactly("CNN");
            assertThat(outlets("Reuters Says Talks Failed")).containsExactly("Reuters");
        }

        @Test
        void aListedNameInsideTheNameOfSomethingElseIsNoCitation() {
            assertThat(outlets("The Foreign Policy Committee said the plan was weak.")).isEmpty();
        }

        @Test
        void namesKeepTheirLowerCaseConnectorsAndChannelNumbers() {
            assertThat(outlets("The weekly Gazzetta della Costa reported a delay.")).containsExactly("Gazzetta della Costa");
            assertThat(outlets("She told the daily Zorya i Svit that troops were ready.")).containsExactly("Zorya i Svit");
            assertThat(outlets("In an interview with Kanal 7, the general agreed.")).containsExactly("Kanal 7");
        }

        @Test
        void aCompoundEndingInAnOutletWordLooksLikeAnOutlet() {
            assertThat(outlets("The admiral told the Marinekrant that ships were ready.")).containsExactly("Marinekrant");
        }

        @Test
        void aMonthIsNoOutlet() {
            assertThat(outlets("The paper wrote in August that plans had been dropped.")).isEmpty();
        }
    }

    @Nested
    class Grammar {

        @Test
        void aNameInCapitalsThatSomeoneToldIsAnOutlet() {
            assertThat(outlets("The premier told XTV on Monday that it was too soon.")).containsExactly("XTV");
            assertThat(outlets("The general told NATO that it was too soon, and told US officials the same.")).isEmpty();
            assertThat(outlets("According to XTV, it was too soon.")).isEmpty();
        }

        @Test
        void documentsSeenByAnOutletAndInterviewsForOne() {
            assertThat(outlets("Drafts seen by Reuters spoke of a larger force.")).containsExactly("Reuters");
            assertThat(outlets("In an interview for Radio Baltica he declared his support.")).containsExactly("Radio Baltica");
            assertThat(outlets("In an interview given to Kanal Nord, she ruled it out.")).containsExactly("Kanal Nord");
        }

        @Test
        void anOutletThatAdmitsOrDescribesIsCited() {
            assertThat(canonical("Later the Guardian admitted that the plan was too ambitious.")).containsExactly("The Guardian");
            assertThat(outlets("The Economist has described a force that keeps shrinking.")).containsExactly("The Economist");
        }

        @Test
        void appearingOnAChannelCitesIt() {
            assertThat(outlets("The premier had appeared on Kanal News the night before.")).containsExactly("Kanal News");
            assertThat(outlets("He has been on Monday Ukraine's guest.")).isEmpty();
        }
    }
}
