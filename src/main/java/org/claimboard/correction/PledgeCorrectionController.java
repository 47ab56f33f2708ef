package org.claimboard.correction;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting or deleting a pledge of an article, and adding one to a claim. */
@Controller
@RequestMapping("/articles/{articleId}")
class PledgeCorrectionController {

    private final PledgeCorrections corrections;
    private final CorrectionReader reader;

    PledgeCorrectionController(PledgeCorrections corrections, CorrectionReader reader) {
        this.corrections = corrections;
        this.reader = reader;
    }

    @GetMapping("/pledges/{pledgeId}/edit")
    String edit(@PathVariable long articleId, @PathVariable long pledgeId, Model model) {
        return page(reader.pledge(articleId, pledgeId), model);
    }

    @PostMapping("/pledges/{pledgeId}")
    String save(@PathVariable long articleId, @PathVariable long pledgeId,
                @Valid @ModelAttribute("pledgeForm") PledgeForm pledgeForm, BindingResult errors, Principal user,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (isValid(pledgeForm, errors)) {
            try {
                long claimId = corrections.correct(articleId, pledgeId, pledgeForm, user.getName());
                return Forms.backToClaim(articleId, claimId, "correction.pledge.saved", redirect);
            } catch (CorrectionRejected rejected) {
                Forms.reject(errors, rejected, response);
            }
        }
        Forms.invalid(response);
        return page(reader.pledge(articleId, pledgeId), model);
    }

    @PostMapping("/pledges/{pledgeId}/delete")
    String delete(@PathVariable long articleId, @PathVariable long pledgeId, Principal user,
                  RedirectAttributes redirect) {
        long claimId = corrections.delete(articleId, pledgeId, user.getName());
        return Forms.backToClaim(articleId, claimId, "correction.pledge.deleted", redirect);
    }

    @GetMapping("/claims/{claimId}/pledges/new")
    String form(@PathVariable long articleId, @PathVariable long claimId, Model model) {
        return page(reader.newPledge(articleId, claimId), model);
    }

    @PostMapping("/claims/{claimId}/pledges")
    String add(@PathVariable long articleId, @PathVariable long claimId,
               @Valid @ModelAttribute("pledgeForm") PledgeForm pledgeForm, BindingResult errors, Principal user,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (isValid(pledgeForm, errors)) {
            try {
                corrections.add(articleId, claimId, pledgeForm, user.getName());
                return Forms.backToClaim(articleId, claimId, "correction.pledge.added", redirect);
            } catch (CorrectionRejected rejected) {
                Forms.reject(errors, rejected, response);
            }
        }
        Forms.invalid(response);
        return page(reader.newPledge(articleId, claimId), model);
    }

    private static boolean isValid(PledgeForm form, BindingResult errors) {
        if (!errors.hasErrors() && !form.rangeValid()) {
            errors.rejectValue("troopsMax", "correction.troopsMax.range");
        }
        return !errors.hasErrors();
    }

    private String page(EditViews.PledgeEdit view, Model model) {
        model.addAttribute("view", view);
        if (!model.containsAttribute("pledgeForm")) {
            model.addAttribute("pledgeForm", view.form());
        }
        model.addAttribute("stances", Stance.values());
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("kinds", ForceKind.values());
        return "correction/pledge-edit";
    }
}
