package org.claimboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimQuery;
import org.claimboard.pledge.PledgeListing;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Claims and pledges as JSON, narrowed by the claims page's own filters. */
@RestController
@RequestMapping("/api")
@Tag(name = "Claims and pledges")
class ClaimApiController {

    private final ClaimListing claims;
    private final PledgeListing pledges;
    private final MessageSource messages;

    ClaimApiController(ClaimListing claims, PledgeListing pledges, MessageSource messages) {
        this.claims = claims;
        this.pledges = pledges;
        this.messages = messages;
    }

    @GetMapping("/claims")
    @Operation(summary = "Claims matching the filters, newest first",
            description = "country (repeatable ISO code: claims concerning any of them), outlet (slug), "
                    + "status (a stance: claims stating a pledge with it), article (id), from and to (YYYY-MM-DD), "
                    + "q (words in the sentence), page (from 1), size (at most " + ApiPaging.MAX_SIZE + ").")
    ApiPage<ClaimJson> claims(@ParameterObject ClaimQuery query,
                              @RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
        ClaimQuery.Parsed parsed = query.parse();
        return ApiPage.of(claims.search(parsed.requireValid(messages), ApiPaging.of(parsed.page(), size)),
                ClaimJson::of);
    }

    @GetMapping("/pledges")
    @Operation(summary = "Pledges matching the filters, newest first",
            description = "As for claims, except that country names the pledging actor and status the pledge's "
                    + "own stance; outlet, article, from, to and q narrow the claim that states the pledge.")
    ApiPage<PledgeJson> pledges(@ParameterObject ClaimQuery query,
                                @RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
        ClaimQuery.Parsed parsed = query.parse();
        return ApiPage.of(pledges.search(parsed.requireValid(messages), ApiPaging.of(parsed.page(), size)),
                PledgeJson::of);
    }
}
