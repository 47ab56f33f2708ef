package org.claimboard.extraction.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.LexicalSteps;
import org.junit.jupiter.api.Test;

class MetadataFinderTest {

    private static Extraction run(String text) {
        return LexicalSteps.run(text);
    }

    @Test
    void readsAHeadlineAsTheTitle() {
        assertThat(run("Leaders debate troop deployment to Ukraine\nLeaders are talking. More follows.").title())
                .isEqualTo("Leaders debate troop deployment to Ukraine");
        assertThat(run("Leaders debate troop deployment to Ukraine today.\nMore follows.").title()).isNull();
        assertThat(run("Leaders debate troop deployment to Ukraine").title()).isNull();
    }

    @Test
    void keepsMetadataGivenWithTheInput() {
        Extraction given = LexicalSteps.PIPELINE.extract(new ArticleInput("Some headline of the day\nBody.\nBy Jane Doe",
                "Given title", "Given Paper", "Given Author", null, null));
        assertThat(given.title()).isEqualTo("Given title");
        assertThat(given.author()).isEqualTo("Given Author");
        assertThat(given.publisher()).isEqualTo("Given Paper");
    }

    @Test
    void readsAuthorsFromBylines() {
        assertThat(run("Text of the story.\nBy Vafa Guliyeva").author()).isEqualTo("Vafa Guliyeva");
        assertThat(run("By Jane Doe, Defence Correspondent\nText of the story.").author()).isEqualTo("Jane Doe");
        assertThat(run("Text.\n(Wu Minwen, author's unit: National University)").author()).isEqualTo("Wu Minwen");
        assertThat(run("Text.\nAuthor: Anna Maria Nowak").author()).isEqualTo("Anna Maria Nowak");
    }

    @Test
    void readsTheAgencyFromTheDateline() {
        assertThat(run("KYIV, Ukraine (AP) — Officials said so.").publisher()).isEqualTo("AP");
        assertThat(run("Headline here now\nLONDON (Reuters) - Officials said so.").publisher()).isEqualTo("Reuters");
        assertThat(run("Officials met (Reuters) - and left.").publisher()).isNull();
    }

    @Test
    void readsReportingCredits() {
        assertThat(run("Text.\n(Reporting by Andrew Gray; Editing by Jane Smith)").author()).isEqualTo("Andrew Gray");
    }

    @Test
    void aSentenceStartingWithByIsNoByline() {
        assertThat(run("By Monday the Allies will decide what to do.").author()).isNull();
        assertThat(run("(Reuters, AFP)").author()).isNull();
        assertThat(run("Text.\nBy The Associated Press").author()).isNull();
        assertThat(run("Text.\nBy Reuters Staff").author()).isNull();
    }

    @Test
    void readsThePublisherFromASelfReference() {
        assertThat(run("France is pushing for a force, Caliber.Az reports via foreign media.").publisher()).isEqualTo("Caliber.Az");
        assertThat(run("France is pushing for a force, reports Baltic Times.").publisher()).isEqualTo("Baltic Times");
        assertThat(run("The Times reports that France is pushing for a force.").publisher()).isNull();
        assertThat(run("Dedicated to interviewing and publishing global news events.").publisher()).isNull();
    }
}
