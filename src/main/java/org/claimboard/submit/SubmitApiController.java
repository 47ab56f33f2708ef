package org.claimboard.submit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.ingest.IngestOutcome;
import org.claimboard.system.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/articles}: the same submission as the form, for scripts. The body is read here, not by a
 * message converter, so that its size is bounded while reading, whatever Content-Length claims. Only the errors
 * of that reading are handled here; every other error is JSON through the shared API error advice. (Not named
 * ArticleApiController: the read API has a class of that name in another package, and bean names must differ.)
 */
@RestController
@Tag(name = "Articles")
class SubmitApiController {

    /** Room for a 5 MB text plus its JSON escaping and metadata. */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private final ArticleSubmission submission;
    private final JsonMapper json;

    SubmitApiController(ArticleSubmission submission, JsonMapper json) {
        this.submission = submission;
        this.json = json;
    }

    /*
     * The type is checked here rather than with "consumes = application/json", so that a wrong type is answered
     * in this API's own error shape (a request no mapping takes never reaches ApiErrors).
     */
    @PostMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an article: its text, its HTML, or the address of a page to fetch",
            security = @SecurityRequirement(name = "basic"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Exactly one of text, html or url; the other fields are optional metadata that "
                            + "override what a fetched page declares. At most " + MAX_BODY_BYTES / (1024 * 1024)
                            + " MB, sent as application/json.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ArticleRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored; Location names the new article",
                            content = @Content(schema = @Schema(implementation = SubmittedArticle.class))),
                    @ApiResponse(responseCode = "400", description = "Not a valid request, or nothing to store",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "401", description = "No or wrong HTTP Basic credentials",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "409", description = "The same text is already stored",
                            content = @Content(schema = @Schema(implementation = Duplicate.class))),
                    @ApiResponse(responseCode = "413", description = "The body is too large",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "415", description = "The body is not application/json",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    ResponseEntity<?> add(HttpServletRequest http) throws IOException {
        // A browser can post text/plain or a form to another site without asking it first (no CORS preflight);
        // refusing all but JSON keeps cached Basic credentials from adding articles on another site's behalf.
        if (!isJson(http.getContentType())) {
            return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the article as application/json.");
        }
        if (http.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] body = readAtMost(http.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            return tooLarge();
        }
        ArticleRequest request = json.readValue(body, ArticleRequest.class);
        if (request == null) {
            return error(HttpStatus.BAD_REQUEST, "Send a JSON object with \"text\", \"html\" or \"url\".");
        }
        var problem = request.problem();
        if (problem.isPresent()) {
            return error(HttpStatus.BAD_REQUEST, problem.get());
        }
        IngestOutcome outcome = request.text() != null ? submission.text(request.toInput())
                : request.html() != null ? submission.html(request.html(), request.toInput())
                : submission.url(request.url(), request.toInput());
        return switch (outcome.status()) {
            case ADDED -> ResponseEntity.created(location(outcome.articleId()))
                    .body(submission.describe(outcome.articleId()));
            case DUPLICATE -> ResponseEntity.status(HttpStatus.CONFLICT).location(location(outcome.articleId()))
                    .body(new Duplicate(HttpStatus.CONFLICT.value(), HttpStatus.CONFLICT.getReasonPhrase(),
                            "This text is already stored as article " + outcome.articleId() + ".",
                            outcome.articleId()));
            case FAILED -> error(HttpStatus.BAD_REQUEST, ArticleSubmission.sentence(outcome.reason()));
        };
    }

    /** The body of a 409: {@link ApiError}'s fields and the id of the article already stored. */
    record Duplicate(int status, String error, String message, long id) {
    }

    /** The body is read by hand, so its parse errors are this controller's to explain. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ApiError> malformed(JacksonException e) {
        return error(HttpStatus.BAD_REQUEST, "The body is not a JSON object of the expected shape: "
                + e.getOriginalMessage());
    }

    /** application/json, with or without parameters such as a charset; a missing or garbled type is not. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException garbled) {
            return false;
        }
    }

    /** Null when the stream holds more than {@code limit} bytes; reads at most one byte past it. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static URI location(long id) {
        return URI.create("/api/articles/" + id);
    }

    private static ResponseEntity<ApiError> tooLarge() {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + MAX_BODY_BYTES / (1024 * 1024)
                + " MB; an article's text may be at most " + ArticleSubmission.MAX_CHARS / (1024 * 1024) + " MB.");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, message));
    }
}
