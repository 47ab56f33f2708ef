package org.claimboard.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(UnknownApiAddress.class)
class UnknownApiAddressTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownApiAddressIsAJson404() throws Exception {
        mvc.perform(get("/api/no-such-thing").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.message").value("API endpoint \u201CGET /api/no-such-thing\u201D does not exist."));
    }

    @Test
    void anUnansweredMethodIsAJson404ForASignedInClient() throws Exception {
        mvc.perform(delete("/api/articles/1").with(user("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("API endpoint \u201CDELETE /api/articles/1\u201D does not exist."));
    }
}
