package org.claimboard.submit;

import org.claimboard.fetch.SafeFetcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fetcher for "add by URL": public internet addresses only, so no one can make the server reach inside. */
@Configuration(proxyBeanMethods = false)
class SubmitConfiguration {

    @Bean
    SafeFetcher safeFetcher() {
        return new SafeFetcher();
    }
}
