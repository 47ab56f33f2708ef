package org.claimboard.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every error the JSON API answers with.
 *
 * @param status  the HTTP status code
 * @param error   its reason phrase, e.g. "Bad Request"
 * @param message what went wrong, in words meant for the person calling
 */
public record ApiError(int status, String error, String message) {

    public static ApiError of(HttpStatus status, String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), message);
    }

    /** For the places that answer before or without a controller: filters, and requests no handler took. */
    public void writeTo(HttpServletResponse response, JsonMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), this);
    }
}
