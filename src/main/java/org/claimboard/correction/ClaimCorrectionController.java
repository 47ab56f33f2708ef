package org.claimboard.correction;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.claimboard.claim.Verdict.Rating;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting, deleting and judging one claim of an article. */
@Controller
@RequestMapping("/articles/{articleId}/claims/{claimId}")
class ClaimCorrectionController {

    private final ClaimCorrections corrections;
    private final VerdictService verdicts;
    private final CorrectionReader reader;

    ClaimCorrectionController(ClaimCorrections corrections, VerdictService verdicts, CorrectionReader reader) {
        this.corrections = corrections;
        this.verdicts = verdicts;
        this.reader = reader;
    }

    @GetMapping("/edit")
    String edit(@PathVariable long articleId, @PathVariable long claimId, Model model) {
        return page(articleId, claimId, model);
    }

    @PostMapping
    String save(@PathVariable long articleId, @PathVariable long claimId,
                @Valid @ModelAttribute("claimForm") ClaimForm claimForm, BindingResult errors, Principal user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = corrections.correct(articleId, claimId, claimForm, user.getName());
                return Forms.backToClaim(articleId, id, "correction.claim.saved", redirect);
            } catch (CorrectionRejected rejected) {
                Forms.reject(errors, rejected, response);
                return page(articleId, claimId, model);
            }
        }
        Forms.invalid(response);
        return page(articleId, claimId, model);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long articleId, @PathVariable long claimId, Principal user,
                  RedirectAttributes redirect) {
        corrections.delete(articleId, claimId, user.getName());
        return Forms.backToClaim(articleId, null, "correction.claim.deleted", redirect);
    }

    @PostMapping("/verdict")
    String verdict(@PathVariable long articleId, @PathVariable long claimId,
                   @Valid @ModelAttribute("verdictForm") VerdictForm verdictForm, BindingResult errors,
                   Principal user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Forms.invalid(response);
            return page(articleId, claimId, model);
        }
        verdicts.decide(articleId, claimId, verdictForm, user.getName());
        return Forms.backToClaim(articleId, claimId, "correction.verdict.saved", redirect);
    }

    /** The edit page; forms already in the model (sent back with errors) keep what the user typed. */
    private String page(long articleId, long claimId, Model model) {
        EditViews.ClaimEdit view = reader.claim(articleId, claimId);
        model.addAttribute("view", view);
        if (!model.containsAttribute("claimForm")) {
            model.addAttribute("claimForm", view.form());
        }
        if (!model.containsAttribute("verdictForm")) {
            model.addAttribute("verdictForm", view.verdictForm());
        }
        model.addAttribute("outlets", reader.outlets());
        model.addAttribute("verdicts", Rating.values());
        return "correction/claim-edit";
    }
}
