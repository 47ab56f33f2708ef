package org.claimboard.submit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "add by web address" form. Whether the address is usable is the fetcher's call, with its own messages. */
record FetchCommand(
        @NotBlank(message = "{submit.error.url.blank}")
        @Size(max = 2000, message = "{submit.error.source.long}") String url) {

    static FetchCommand empty() {
        return new FetchCommand("");
    }
}
