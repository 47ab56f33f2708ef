package org.claimboard.submit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload refused while the dispatcher resolves it (too large, too many parts) gets the error page with what
 * the limits are. It is thrown before a handler is chosen, so this advice must be global, and it must come before
 * the catch-all in {@code ErrorPages}. When Tomcat refuses it earlier, while a filter reads the parameters, the
 * 413 goes to the plain error page, whose text for 413 says the same.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final MessageSource messages;

    UploadLimits(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView refused(MultipartException e, Locale locale) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", messages.getMessage(tooLarge ? "submit.tooLarge.title" : "submit.badUpload.title",
                null, locale));
        page.addObject("message", messages.getMessage(tooLarge ? "submit.tooLarge" : "submit.badUpload", null, locale));
        return page;
    }
}
