package org.claimboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.ingest.ReextractService;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole app on articles the real extractor reads: API, CSV and feed agree with the database. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiIntegrationTest {

    static final String WARSAW = "Poland will send 2,000 troops to Ukraine, the defence minister said on 3 March 2025. "
            + "France is ready to contribute 5,000 soldiers, Le Monde reported.";
    static final String BERLIN = "Germany declined to send troops to Ukraine, Reuters reported on 4 March 2025. "
            + "Polish officials are considering a training mission. Britain offered 10,000 troops.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReextractService reextract;

    final JsonMapper json = JsonMapper.builder().build();
    long warsaw;

    @BeforeEach
    void articles() {
        TestDatabase.clear(jdbc);
        IngestOutcome first = ingest.ingest(new ArticleInput(WARSAW, "Warsaw", "Example News", null,
                LocalDate.of(2025, 3, 3), null), "warsaw.txt");
        ingest.ingest(new ArticleInput(BERLIN, "Berlin", null, null, LocalDate.of(2025, 3, 4), null), "berlin.txt");
        warsaw = first.articleId();
    }

    Set<Long> polandsClaims() {
        return new HashSet<>(jdbc.queryForList("select claim_id from claim_country where country_code = 'PL'",
                Long.class));
    }

    @Test
    void apiClaimsForPolandAreExactlyTheClaimsConcerningPoland() throws Exception {
        Set<Long> expected = polandsClaims();
        long all = jdbc.queryForObject("select count(*) from claim", Long.class);
        assertThat(expected).as("the texts give claims about Poland").isNotEmpty();
        assertThat((long) expected.size()).as("and claims about others").isLessThan(all);

        JsonNode page = json.readTree(mvc.perform(get("/api/claims").param("country", "PL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Set<Long> ids = new HashSet<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).isEqualTo(expected);
        assertThat(page.get("totalItems").asLong()).isEqualTo(expected.size());
        page.get("items").forEach(item -> assertThat(item.get("countries").toString()).contains("\"PL\""));
    }

    @Test
    void theCsvForPolandHasTheSameRows() throws Exception {
        String csv = mvc.perform(get("/claims.csv").param("country", "PL")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Set<Long> ids = new HashSet<>();
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .forEach(r -> ids.add(Long.parseLong(r.get("id"))));
        assertThat(ids).isEqualTo(polandsClaims());
    }

    @Test
    void apiPledgesForPolandArePolandsPledges() throws Exception {
        List<String> expected = jdbc.queryForList("select actor from troop_pledge where actor = 'PL'", String.class);
        JsonNode page = json.readTree(mvc.perform(get("/api/pledges").param("country", "PL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("totalItems").asLong()).isEqualTo(expected.size()).isPositive();
        page.get("items").forEach(item -> assertThat(item.get("actor").asString()).isEqualTo("PL"));
    }

    @Test
    void theFeedsEntryIdsSurviveReextractionThoughTheClaimIdsDoNot() throws Exception {
        List<Long> claimIds = jdbc.queryForList("select id from claim order by id", Long.class);
        List<String> before = entryIds();
        reextract.reextractAll();
        assertThat(jdbc.queryForList("select id from claim order by id", Long.class))
                .as("re-extraction stores the claims anew").doesNotContainAnyElementsOf(claimIds);
        assertThat(entryIds()).isNotEmpty().containsExactlyInAnyOrderElementsOf(before);
    }

    List<String> entryIds() throws Exception {
        String atom = mvc.perform(get("/feeds/claims.atom")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return java.util.regex.Pattern.compile("<entry><id>([^<]+)</id>").matcher(atom).results()
                .map(m -> m.group(1)).toList();
    }

    @Test
    void anArticleComesWithItsExtractionInTheExtractCommandsShape() throws Exception {
        mvc.perform(get("/api/articles/" + warsaw)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Warsaw"))
                .andExpect(jsonPath("$.extraction.countries").isArray())
                .andExpect(jsonPath("$.extraction.outlets").isArray())
                .andExpect(jsonPath("$.extraction.people").isArray())
                .andExpect(jsonPath("$.extraction.dates[0].date").value("2025-03-03"))
                .andExpect(jsonPath("$.extraction.dates[0].precision").value("DAY"))
                .andExpect(jsonPath("$.extraction.claims[0].text").isString())
                .andExpect(jsonPath("$.extraction.pledges[0].actor").isString());
    }

    @Test
    void anArticlesStoredPledgesCarryTheirStancePhraseAndActorWords() throws Exception {
        JsonNode pledges = json.readTree(mvc.perform(get("/api/articles/" + warsaw)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("extraction").get("pledges");
        JsonNode poland = null;
        for (JsonNode pledge : pledges) {
            poland = "PL".equals(pledge.get("actor").asString()) ? pledge : poland;
        }
        assertThat(poland).as("Poland's pledge in %s", pledges).isNotNull();
        JsonNode actor = poland.get("actorSpan");
        assertThat(actor.get("text").asString()).isEqualTo("Poland");
        assertThat(WARSAW.substring(actor.get("start").asInt(), actor.get("end").asInt())).isEqualTo("Poland");
        JsonNode stance = poland.get("stanceSpan");
        assertThat(WARSAW.substring(stance.get("start").asInt(), stance.get("end").asInt()))
                .isEqualTo(stance.get("text").asString()).contains("send");
    }

    @Test
    void anUnknownArticleIsAJson404NotTheErrorPage() throws Exception {
        mvc.perform(get("/api/articles/987654").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("paths");
        assertThat(paths.propertyNames()).contains("/api/articles", "/api/articles/{id}", "/api/claims",
                "/api/pledges", "/api/countries/{code}/ledger", "/claims.csv", "/pledges.csv", "/feeds/claims.atom");
        assertThat(paths.toString()).contains("\"country\"").contains("\"size\"");
        assertThat(paths.propertyNames()).doesNotContain("/claims", "/");
    }

    @Test
    void addingAnArticleIsDocumentedWithItsJsonBodyResponsesAndBasicAuth() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode add = docs.get("paths").get("/api/articles").get("post");
        JsonNode body = add.get("requestBody");
        assertThat(body.get("required").asBoolean()).isTrue();
        String schemaRef = body.get("content").get("application/json").get("schema").get("$ref").asString();
        JsonNode schema = docs.get("components").get("schemas")
                .get(schemaRef.substring(schemaRef.lastIndexOf('/') + 1));
        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrder("text", "html", "url",
                "title", "publisher", "author", "published", "source");
        assertThat(add.get("responses").propertyNames()).contains("201", "400", "401", "409", "413", "415");
        assertThat(add.get("security").toString()).isEqualTo("[{\"basic\":[]}]");
        assertThat(docs.get("components").get("securitySchemes").get("basic").get("scheme").asString())
                .isEqualTo("basic");
    }

    @Test
    void onlySwaggerUiMayUseInlineStyles() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("style-src 'self' 'unsafe-inline';")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self';")));
        mvc.perform(get("/claims")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
    }
}
