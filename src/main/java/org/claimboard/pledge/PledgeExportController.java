package org.claimboard.pledge;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimQuery;
import org.claimboard.system.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Every pledge matching the claims page's filters (read as for /api/pledges), as a CSV download. */
@Controller
@Tag(name = "Downloads and feeds")
class PledgeExportController {

    static final List<String> COLUMNS = List.of("actor", "stance", "troops", "troops_max", "qualifier", "kind",
            "date", "outlet", "sentence", "article_id", "article_title", "link");

    private final PledgeListing listing;
    private final MessageSource messages;

    PledgeExportController(PledgeListing listing, MessageSource messages) {
        this.listing = listing;
        this.messages = messages;
    }

    @GetMapping("/pledges.csv")
    @ResponseBody // written straight to the response; also lets springdoc list it
    @Operation(summary = "Every pledge matching the filters (as for /api/pledges, without paging) as CSV, "
            + "latest stored first")
    void csv(@ModelAttribute ClaimQuery query, HttpServletResponse response) throws IOException {
        ClaimFilter filter = query.parse().requireValid(messages);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        CsvDownload.write(response, "pledges.csv", COLUMNS,
                after -> listing.chunk(filter, after, CsvDownload.CHUNK_SIZE),
                p -> Arrays.asList(p.actor(), p.stance().name(), p.troops(), p.troopsMax(),
                        p.qualifier() == null ? null : p.qualifier().name(), p.kind() == null ? null : p.kind().name(),
                        p.date() == null ? null : p.date().iso(), p.outletName(), p.sentence(), p.articleId(),
                        p.articleTitle(), base + "/articles/" + p.articleId() + "#claim-" + p.claimId()));
    }
}
