package org.claimboard.claim;

import java.io.IOException;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The latest claims as an Atom feed, narrowed by the claims page's filters (e.g. one country's claims). */
@Controller
@Tag(name = "Downloads and feeds")
class ClaimFeedController {

    static final int ENTRIES = 50;

    private final ClaimListing listing;
    private final MessageSource messages;

    ClaimFeedController(ClaimListing listing, MessageSource messages) {
        this.listing = listing;
        this.messages = messages;
    }

    @GetMapping("/feeds/claims.atom")
    @ResponseBody // written straight to the response; also lets springdoc list it
    @Operation(summary = "The 50 latest stored claims matching the filters as an Atom feed, newest first")
    void feed(@ModelAttribute ClaimQuery query, HttpServletResponse response) throws IOException, XMLStreamException {
        ClaimFilter filter = query.parse().requireValid(messages);
        List<ClaimRow> latest = listing.latestStored(filter, ENTRIES);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String self = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").toUriString();
        response.setContentType("application/atom+xml;charset=UTF-8");
        new ClaimFeed(base).write(response.getOutputStream(), self, title(filter), latest);
    }

    private static String title(ClaimFilter filter) {
        return filter.countries().isEmpty() ? "Claimboard: latest claims"
                : "Claimboard: latest claims about " + String.join(", ", filter.countries());
    }
}
