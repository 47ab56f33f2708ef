package org.claimboard.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole: its name, and that changes take HTTP Basic. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI claimboardApi() {
        return new OpenAPI()
                .info(new Info().title("Claimboard API").version("1")
                        .description("What news articles claim about European troop pledges to Ukraine: articles, "
                                + "claims, pledges and country ledgers. Reading is open; requests that change "
                                + "something need HTTP Basic. Errors come as {status, error, message}."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
