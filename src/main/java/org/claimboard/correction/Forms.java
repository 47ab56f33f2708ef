package org.claimboard.correction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steps every editing controller shares: rejecting a form, and going back to the claim on its article. */
final class Forms {

    private Forms() {
    }

    /** Shows a rejected correction on its form, which is then sent again with a 400. */
    static void reject(BindingResult errors, CorrectionRejected rejected, HttpServletResponse response) {
        if (rejected.field() == null) {
            errors.reject(rejected.code());
        } else {
            errors.rejectValue(rejected.field(), rejected.code());
        }
        invalid(response);
    }

    static void invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    /** Back to the article at the claim's sentence, with a message saying what was done. */
    static String backToClaim(long articleId, Long claimId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("correctionNotice", message);
        return "redirect:/articles/" + articleId + (claimId == null ? "" : "#claim-" + claimId);
    }
}
