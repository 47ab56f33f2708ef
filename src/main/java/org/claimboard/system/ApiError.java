package org.claimboard.system;

import org.springframework.http.HttpStatus;

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
}
