package org.claimboard.extraction.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.claim.ClaimFinder;
import org.claimboard.extraction.testing.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PledgeFinderTest {

    private final ClaimFinder claimFinder = new ClaimFinder();
    private final PledgeFinder finder = new PledgeFinder();

    private List<Pledge> pledges(String text) {
        Document doc = Docs.doc(text);
        claimFinder.apply(doc);
        finder.apply(doc);
        return doc.pledges();
    }

    private List<String> pairs(String text) {
        return pledges(text).stream().map(p -> p.actor() + " " + p.stance()).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Italian Prime Minister Meloni made it clear that Italy will not send troops into Ukraine.|IT DECLINED",
            "Germany refused to send soldiers to Ukraine.|DE DECLINED",
            "Germany has ruled out deploying troops to Ukraine.|DE DECLINED",
            "The Spanish government is not ready to send troops.|ES DECLINED",
            "Finland did not rule out sending peacekeepers.|FI CONSIDERING",
            "Sweden could deploy troops to Ukraine.|SE CONSIDERING",
            "The Swedish army could become part of a peacekeeping force.|SE CONSIDERING",
            "London has so far reportedly changed plans and not deployed troops to Ukraine.|GB REVERSED",
            "Britain was willing to send troops and aircraft into the war zone.|GB OFFERED",
            "Poland is open to sending military instructors to Ukraine.|PL CONSIDERING",
            "France has proposed a multinational force for Ukraine.|FR PROPOSED,COALITION PROPOSED",
            "The coalition of the willing is no longer interested in sending troops.|COALITION REVERSED",
            "The idea of a force was proposed by Britain and France.|GB PROPOSED,FR PROPOSED",
            "Estonia's prime minister said his country was ready to deploy about 150 soldiers.|EE OFFERED",
            "The Czech Republic could take part in a peacekeeping mission if there was a mandate.|CZ CONSIDERING",
            "Earlier, Spain backed away from its offer.|ES REVERSED",
            "Denmark pledged to send up to 100 military instructors.|DK OFFERED",
            "The Netherlands said it was open to contributing air policing.|NL CONSIDERING",
            "Britain plans to send 5,000 troops to western Ukraine.|GB PROPOSED",
            "Britain's plan to send 5,000 troops was welcomed in Kyiv.|GB PROPOSED",
            "Finland has agreed to send a battalion.|FI OFFERED",
            "Norway has not agreed to deploy soldiers.|NO DECLINED",
            "Norway has not decided to dispatch soldiers.|NO CONSIDERING",
            "Norway has decided not to dispatch soldiers.|NO DECLINED",
            "Spain is no longer prepared to send a brigade.|ES REVERSED",
            "France and the UK could each deploy ten thousand soldiers.|FR CONSIDERING,GB CONSIDERING",
            "The coalition of the willing plans a force of 20,000 personnel.|COALITION PROPOSED",
            "The coalition has scaled back its force to 20,000 troops.|COALITION REVERSED",
            "Norway said it would consider sending a frigate.|NO CONSIDERING",
            "The UK's proposal for a 25,000-strong force was welcomed in Kyiv.|GB PROPOSED,COALITION PROPOSED",
            "Meanwhile, the Czech Republic declined to take part, citing budget constraints.|CZ DECLINED",
            "Germany, which sent tanks last year, is now debating whether to commit ground forces.|DE CONSIDERING",
            "Macron said that France \"is ready\" to send troops.|FR OFFERED",
            "The idea of a ‘peacekeeping’ contingent has been discarded.|COALITION REVERSED",
            "Poland and Finland, however, have ruled out sending troops.|PL DECLINED,FI DECLINED",
            "European troops could be deployed to Ukraine after a ceasefire.|COALITION CONSIDERING",
            "\"We are ready to send troops,\" Macron said.|FR OFFERED",
            "Poland denied reports that it would send troops to Ukraine.|PL DECLINED",
            "Talks with Germany, which has refused to send troops, went on.|DE DECLINED",
            "Britain as well as France is ready to send troops.|GB OFFERED,FR OFFERED",
            "The plan, drawn up by Britain and France, envisages 25,000 troops.|GB PROPOSED,FR PROPOSED",
            "Britain would lead the force, officials said.|GB OFFERED",
            "Finland is not in a position to send troops.|FI DECLINED",
            "Spain is loath to send soldiers abroad.|ES DECLINED",
            "Britain's offer of 5,000 troops still stands.|GB OFFERED",
            "Germany's refusal to send troops angered Kyiv.|DE DECLINED",
            "France and Britain agreed the outline of a multinational force that would deploy there."
                    + "|FR PROPOSED,GB PROPOSED,COALITION PROPOSED",
            "Poland will support a reassurance mission but does not plan to station its soldiers.|PL DECLINED",
            "Sweden will take part, its defence minister said.|SE OFFERED",
            "Britain has earmarked 5,000 troops for the mission.|GB OFFERED"})
    void readsTheStanceOfTheSubject(String sentence, String pair) {
        assertThat(pairs(sentence)).containsExactly(pair.split(","));
    }

    @Test
    void aListOfCountriesSharesTheStanceAndTheNumber() {
        List<Pledge> found = pledges("Although more than 30 countries have expressed goodwill, only 6 have pledged"
                + " to send troops, of which the UK and France are ready to contribute 10,000 soldiers each.");
        assertThat(found).extracting(p -> p.actor() + " " + p.stance() + " " + p.troops())
                .containsExactly("GB OFFERED 10000", "FR OFFERED 10000");
    }

    @Test
    void everyCountryInAListDeclines() {
        assertThat(pairs("However, later the UK, Poland, Italy, Spain, Finland and Germany have also denied the"
                + " possibility of deploying troops to Ukraine.")).containsExactly("GB DECLINED", "PL DECLINED",
                "IT DECLINED", "ES DECLINED", "FI DECLINED", "DE DECLINED");
        assertThat(pairs("It seems that countries such as Germany, Poland, Spain, and Italy are either unwilling or"
                + " unable to commit troops to this mission.")).containsExactly("DE DECLINED", "PL DECLINED",
                "ES DECLINED", "IT DECLINED");
    }

    @Test
    void anOxfordCommaBeforeTheLastCountryKeepsTheList() {
        assertThat(pairs("Britain, France, and the Netherlands are ready to send troops."))
                .containsExactly("GB OFFERED", "FR OFFERED", "NL OFFERED");
    }

    @Test
    void negationStaysInItsClause() {
        List<Pledge> found = pledges("Meanwhile, the US is ready to support the alliance by sharing intelligence"
                + " and logistics, although it has not committed to deploying troops.");
        assertThat(found).extracting(p -> p.actor() + " " + p.stance() + " " + p.kind())
                .containsExactly("US OFFERED INTELLIGENCE", "US DECLINED TROOPS");
    }

    @Test
    void aClauseWithoutSubjectKeepsTheSubjectOfTheSentence() {
        assertThat(pairs("Polish Prime Minister Tusk said that Poland will continue to provide logistical and"
                + " military support to Ukraine, but has no intention of deploying Polish troops to Ukraine."))
                .contains("PL DECLINED").doesNotContain("UA DECLINED");
    }

    @Test
    void aProposalOfTheForceIsTheCoalitionsProposal() {
        List<Pledge> found = pledges("European military leaders have unveiled a comprehensive strategy to deploy"
                + " over 10,000 multinational troops to Ukraine.");
        assertThat(found).extracting(p -> p.actor() + " " + p.stance() + " " + p.troops())
                .containsExactly("COALITION PROPOSED 10000");
    }

    @Test
    void trainersAreTheirOwnKind() {
        assertThat(pledges("Instead, the UK is considering a more limited presence, possibly only sending military"
                + " coaches to western Ukraine, instead of sending troops closer to the front line."))
                .extracting(p -> p.actor() + " " + p.stance() + " " + p.kind())
                .containsExactly("GB CONSIDERING " + ForceKind.TRAINERS);
    }

    @Test
    void aPronounPointsBackToTheCountriesNamed() {
        assertThat(pairs("Despite the UK and France's previous public statements suggesting they were prepared to"
                + " send troops, the reality is that many European members have refused to participate."))
                .containsExactly("GB OFFERED", "FR OFFERED");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "While some countries have pledged financial and humanitarian aid, Poland remains quiet.",
            "Germany pledged 5 billion euros in humanitarian aid to Ukraine.",
            "Most European nations remain reluctant to send troops to Ukraine.",
            "Russia has warned that any European troop deployment could provoke direct clashes.",
            "Sakaliene said that if Europe cannot mobilize 64,000 soldiers, its defence will be weak.",
            "Officials met in Brussels (Belgium) and many expressed hesitation about the plan.",
            "The summit in Paris agreed to send troops.",
            "Ukraine refused to withdraw its troops from the front.",
            "North Korea has sent about 11,000 soldiers to fight alongside Russian forces.",
            "The US already stations 10,000 troops in Poland.",
            "The coalition government in Norway has pledged more money for schools.",
            "Norway could provide security guarantees in other ways.",
            "Norway will take part in the talks.",
            "If Germany will not send troops, nobody will.",
            "Russia proposed a UN peacekeeping force instead.",
            "A French official said that ten countries had signalled they could contribute personnel.",
            "The idea of a peacekeeping contingent, which would be deployed after a truce, was discussed.",
            "Canada declined to comment on the deployment of troops.",
            "Sweden promised 20 new air defence systems to Ukraine.",
            "Britain deployed 900 troops to Estonia last year as part of NATO's forward presence.",
            "A former minister said the UK should be willing to send troops.",
            "Russia is ready to deploy more troops to the border, the Kremlin said.",
            "Polish officials said they were proud of the 10,000 troops the US keeps in Poland.",
            "Denmark has committed €2 billion to the fund that buys shells for Ukraine's troops.",
            "Some participating countries signalled their willingness to help the coalition of the willing.",
            "A Swedish minister told colleagues that a Europe unable to raise 40,000 troops would look weak.",
            "Norway said it was too early to answer, and Austria refused to say how many soldiers it could send."})
    void mentionsAreNotPledges(String sentence) {
        assertThat(pledges(sentence)).isEmpty();
    }

    @Test
    void thePledgeCarriesTheOutletOfItsClaim() {
        List<Pledge> found = pledges("The Telegraph reported that Britain is ready to send 5,000 troops.");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.outlet()).isEqualTo("The Telegraph");
            assertThat(p.troops()).isEqualTo(5000);
            assertThat(p.text()).startsWith("The Telegraph reported");
        });
    }
}
