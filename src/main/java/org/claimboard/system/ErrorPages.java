package org.claimboard.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns exceptions into the one error page: the right status, a plain message, never a stack trace. Last in
 * line, so {@link ApiErrors} answers for REST controllers first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            return json(response, HttpStatus.NOT_FOUND, "There is no API endpoint at " + request.getRequestURI() + ".");
        }
        return page(HttpStatus.NOT_FOUND, e instanceof NotFoundException ? e.getMessage() : null);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST,
                "The parameter \u201C" + e.getName() + "\u201D cannot be \u201C" + e.getValue() + "\u201D.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, "The parameter \u201C" + e.getParameterName() + "\u201D is missing.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        if (e.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
        }
        if (isApi(request)) {
            return json(response, HttpStatus.METHOD_NOT_ALLOWED, request.getRequestURI() + " does not accept "
                    + e.getMethod() + " requests.");
        }
        return page(HttpStatus.METHOD_NOT_ALLOWED, "This address does not accept " + e.getMethod() + " requests.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("Unexpected error while rendering a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    /**
     * A request that reached no controller (unknown address, wrong method) is out of {@link ApiErrors}' reach;
     * under /api it still gets JSON. Null tells Spring MVC the response is written.
     */
    private static boolean isApi(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/");
    }

    private ModelAndView json(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        ApiError.of(status, message).writeTo(response, json);
        return null;
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("message", message);
        return page;
    }
}
