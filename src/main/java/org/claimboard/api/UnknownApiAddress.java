package org.claimboard.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.claimboard.system.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever under {@code /api} no endpoint answers (an unknown address, or a known one asked with another method):
 * a JSON 404 through the API's error handling, not the HTML page a browser gets for a missing page.
 */
@RestController
@Hidden
class UnknownApiAddress {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("API endpoint", request.getMethod() + " " + request.getRequestURI());
    }
}
