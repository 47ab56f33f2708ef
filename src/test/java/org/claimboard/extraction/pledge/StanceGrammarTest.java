package org.claimboard.extraction.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stances whose actor is not a country name right before the verb, read through the whole pipeline. */
class StanceGrammarTest {

    private static final ExtractionPipeline PIPELINE = Extractors.standard();

    private static List<String> pairs(String text) {
        return PIPELINE.extract(ArticleInput.of(text)).pledges().stream().map(p -> p.actor() + " " + p.stance())
                .distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "- Latvia: The government has pledged a platoon of engineers and soldiers.|LV OFFERED",
            "Norway: its cabinet is prepared to deploy a company of troops.|NO OFFERED",
            "Asked about the reassurance force, Portugal said it was ready.|PT OFFERED",
            "Belgium is on board.|BE OFFERED",
            "Croatia says there is no question of its soldiers going to Ukraine.|HR DECLINED",
            "Dutch marines in Ukraine are off the table, The Hague says.|NL DECLINED",
            "Thirty countries have signed up to the multinational force.|COALITION OFFERED",
            "Lisbon once again ruled out a deployment of soldiers.|PT DECLINED",
            "Vienna and Dublin long ago refused to send their soldiers.|AT DECLINED",
            "Lisbon and Madrid have said, in public, that their soldiers will go.|ES OFFERED",
            "Croatian troops would never go, the government in Zagreb said.|HR DECLINED",
            "Sweden will contribute once a ceasefire holds.|SE OFFERED",
            "Malta is not among the contributors and has no plans to send soldiers.|MT DECLINED",
            "Slovak troops will stay at home, with Bratislava offering to run the logistics instead.|SK OFFERED",
            "Lisbon and Madrid, which back the coalition, have said they are ready to send soldiers.|PT OFFERED",
            "Austria says it will take part with naval capabilities.|AT OFFERED",
            "Spain's chief of staff floated a force of 40,000 troops.|COALITION PROPOSED",
            "The alliance said its members stood ready to deploy a reassurance force.|COALITION OFFERED",
            "Unlike Vienna and Dublin, Lisbon is willing to send soldiers.|PT OFFERED",
            "Kristen Michal said, next to Finland's Alexander Stubb, that his country was ready to send troops.|EE OFFERED",
            "Western capitals could between them field 20,000 troops.|COALITION CONSIDERING",
            "Latvia's president says it is too early to talk about Latvian soldiers.|LV CONSIDERING",
            "Lisbon says Portuguese participation in a ground force is not foreseen.|PT DECLINED",
            "Portugal wants a clear mandate first. It has said it would send soldiers once a truce holds.|PT OFFERED",
            "Portugal's premier said his country is ready to give support with soldiers.|PT OFFERED",
            "Norway asked whether allies could send more, with Denmark ready to provide 500 soldiers.|DK OFFERED"})
    void readsStancesBeyondASubjectBesideItsVerb(String sentence, String expected) {
        assertThat(pairs(sentence)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lisbon once again ruled out a deployment of soldiers.|PT|ruled out|Lisbon",
            "Vienna and Dublin have said they will not send troops.|IE|will not send|Dublin",
            "The Dutch premier Dick Schoof is open to sending troops.|NL|open to|Dick Schoof",
            "Thirty countries have signed up to the multinational force.|COALITION|signed up to|multinational force",
            "Norway: its cabinet is prepared to deploy a company of troops.|NO|prepared to|Norway"})
    void marksTheStancePhraseAndTheWordsNamingItsActor(String sentence, String actor, String stance, String named) {
        var pledge = PIPELINE.extract(ArticleInput.of(sentence)).pledges().stream()
                .filter(p -> p.actor().equals(actor)).findFirst().orElseThrow();
        assertThat(pledge.stanceSpan().of(sentence)).isEqualTo(stance);
        assertThat(pledge.actorSpan().of(sentence)).isEqualTo(named);
    }

    @Test
    void aPledgeCarriesTheOutletOfThePartOfItsSentenceThatHoldsIt() {
        var pledges = PIPELINE.extract(ArticleInput.of("The Times reported that Norway will send 200 troops, while the"
                + " Financial Times said Denmark is ready to send soldiers.")).pledges();
        assertThat(pledges).filteredOn(p -> p.actor().equals("NO")).extracting(p -> p.outlet())
                .containsExactly("The Times");
        assertThat(pledges).filteredOn(p -> p.actor().equals("DK")).extracting(p -> p.outlet())
                .containsExactly("Financial Times");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Unlike Vienna and Dublin, Lisbon is willing to send soldiers.|AT OFFERED",
            "Kristen Michal said, next to Finland's Alexander Stubb, that his country was ready to send troops.|FI OFFERED",
            "Spain keeps 500 soldiers in Latvia, a commitment that limits what else it can send.|LV CONSIDERING",
            "Hungary's leader has promised that no Hungarian soldier will join the force.|HU OFFERED",
            "Spain said Spanish soldiers would not act alone in Ukraine.|ES DECLINED",
            "Madrid plans to rewrite the law that caps troop numbers at 12 soldiers abroad.|ES PROPOSED",
            "Norway is ready to send soldiers on condition that every coalition member will commit too.|COALITION OFFERED",
            "Austria declined to name the countries that would send troops.|AT DECLINED",
            "Irish ministers said they could not supply 5,000 troops, Dublin's critics noted.|GB DECLINED"})
    void givesNoStanceToWhoDoesNotTakeIt(String sentence, String wrong) {
        assertThat(pairs(sentence)).doesNotContain(wrong);
    }
}
