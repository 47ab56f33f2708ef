package org.claimboard.security;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page, and the signed-in user's name on every page (for the header's sign-in / sign-out). */
@Controller
@ControllerAdvice
class SignIn {

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @ModelAttribute("editor")
    String editor(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
