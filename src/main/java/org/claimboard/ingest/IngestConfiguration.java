package org.claimboard.ingest;

import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one extraction pipeline the app uses (its word lists load once) and the ingest settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    @Bean
    ExtractionPipeline extractionPipeline() {
        return Extractors.standard();
    }
}
