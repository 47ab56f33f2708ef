package org.claimboard.claim;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.country.Country;
import org.claimboard.system.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Every claim matching the claims page's filters, as a CSV download. */
@Controller
@Tag(name = "Downloads and feeds")
class ClaimExportController {

    static final List<String> COLUMNS = List.of("id", "date", "precision", "outlet", "speaker", "countries", "text",
            "article_id", "article_title", "link");

    private final ClaimListing listing;
    private final MessageSource messages;

    ClaimExportController(ClaimListing listing, MessageSource messages) {
        this.listing = listing;
        this.messages = messages;
    }

    @GetMapping("/claims.csv")
    @ResponseBody // written straight to the response; also lets springdoc list it
    @Operation(summary = "Every claim matching the filters (as for /api/claims, without paging) as CSV, "
            + "latest stored first")
    void csv(@ModelAttribute ClaimQuery query, HttpServletResponse response) throws IOException {
        ClaimFilter filter = query.parse().requireValid(messages);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        CsvDownload.write(response, "claims.csv", COLUMNS,
                after -> listing.chunk(filter, after, CsvDownload.CHUNK_SIZE),
                row -> row(row, base));
    }

    private static List<?> row(ClaimRow c, String base) {
        return Arrays.asList(c.id(), c.date() == null ? null : c.date().iso(),
                c.date() == null ? null : c.date().precision().name(), c.outletName(), c.speaker(),
                c.countries().stream().map(Country::getCode).collect(Collectors.joining(" ")), c.text(),
                c.articleId(), c.articleTitle(), base + "/articles/" + c.articleId() + "#claim-" + c.id());
    }
}
