package org.claimboard.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimboard.system.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/** A 401 for the API in its own error shape, with the Basic challenge that tells clients what to send. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final JsonMapper json;

    ApiAuthenticationEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Claimboard\"");
        ApiError.of(HttpStatus.UNAUTHORIZED, "This request needs credentials: send a user name and password with"
                + " HTTP Basic.").writeTo(response, json);
    }
}
