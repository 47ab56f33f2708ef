package org.claimboard.correction;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a claim the extractor missed: pick one of the article's sentences, then say who claims what. */
@Controller
@RequestMapping("/articles/{articleId}/claims")
class NewClaimController {

    private final ClaimCorrections corrections;
    private final CorrectionReader reader;

    NewClaimController(ClaimCorrections corrections, CorrectionReader reader) {
        this.corrections = corrections;
        this.reader = reader;
    }

    /** Without a sentence: the article's sentences to choose from. With one: the form for its claim. */
    @GetMapping("/new")
    String form(@PathVariable long articleId, @RequestParam(required = false) Integer start,
                @RequestParam(required = false) Integer end, Model model) {
        model.addAttribute("claimForm", ClaimForm.empty());
        return page(articleId, start, end, model);
    }

    @PostMapping
    String add(@PathVariable long articleId, @RequestParam int start, @RequestParam int end,
               @Valid @ModelAttribute("claimForm") ClaimForm claimForm, BindingResult errors, Principal user,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = corrections.add(articleId, start, end, claimForm, user.getName());
                return Forms.backToClaim(articleId, id, "correction.claim.added", redirect);
            } catch (CorrectionRejected rejected) {
                Forms.reject(errors, rejected, response);
                return page(articleId, start, end, model);
            }
        }
        Forms.invalid(response);
        return page(articleId, start, end, model);
    }

    private String page(long articleId, Integer start, Integer end, Model model) {
        model.addAttribute("view", reader.sentences(articleId, start, end));
        model.addAttribute("outlets", reader.outlets());
        return "correction/claim-new";
    }
}
