package org.claimboard.submit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.claimboard.ingest.IngestOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's "add article" page: paste, upload or fetch. A bad submission comes back as the same page with
 * the input kept and a 400; a single article that was added (or was there already) leads to its page.
 */
@Controller
class ArticleFormController {

    static final String VIEW = "submit/new";

    private final ArticleSubmission submission;
    private final MessageSource messages;

    ArticleFormController(ArticleSubmission submission, MessageSource messages) {
        this.submission = submission;
        this.messages = messages;
    }

    @GetMapping("/articles/new")
    String form(Model model) {
        return page(model, "paste");
    }

    @PostMapping("/articles")
    String paste(@Valid @ModelAttribute("paste") PasteCommand paste, BindingResult binding, Model model,
                 RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Map<String, String> errors = fieldErrors(binding, locale);
        if (!Dates.isValid(paste.published())) {
            errors.putIfAbsent("published", messages.getMessage("submit.error.date", null, locale));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("pasteErrors", errors);
            return rejected(model, response, "paste");
        }
        IngestOutcome outcome = submission.text(paste.toInput());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            model.addAttribute("pasteErrors", Map.of("text", ArticleSubmission.sentence(outcome.reason())));
            return rejected(model, response, "paste");
        }
        return toArticle(outcome, redirect, locale);
    }

    @PostMapping("/articles/upload")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response, Locale locale) throws java.io.IOException {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
                        .toList();
        if (chosen.isEmpty()) {
            model.addAttribute("uploadError", messages.getMessage("submit.error.files", null, locale));
            return rejected(model, response, "upload");
        }
        List<UploadRow> rows = new ArrayList<>();
        for (MultipartFile file : chosen) {
            rows.add(UploadRow.of(submission.file(file.getOriginalFilename(), file.getBytes())));
        }
        model.addAttribute("uploads", rows);
        if (rows.stream().allMatch(row -> row.articleId() == null)) {
            return rejected(model, response, "upload");
        }
        return page(model, "upload");
    }

    @PostMapping("/articles/fetch")
    String fetch(@Valid @ModelAttribute("fetch") FetchCommand fetch, BindingResult binding, Model model,
                 RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        if (binding.hasErrors()) {
            model.addAttribute("fetchError", fieldErrors(binding, locale).get("url"));
            return rejected(model, response, "fetch");
        }
        IngestOutcome outcome = submission.url(fetch.url(), PasteCommand.empty().toInput());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            model.addAttribute("fetchError", ArticleSubmission.sentence(outcome.reason()));
            return rejected(model, response, "fetch");
        }
        return toArticle(outcome, redirect, locale);
    }

    private String toArticle(IngestOutcome outcome, RedirectAttributes redirect, Locale locale) {
        boolean added = outcome.isAdded();
        String message = added
                ? messages.getMessage("submit.added", new Object[] {submission.describe(outcome.articleId()).claims()},
                        locale)
                : messages.getMessage("submit.duplicate", null, locale);
        if (outcome.isNearCopy()) {
            message += " " + messages.getMessage("submit.added.copy", new Object[] {outcome.nearCopyOf()}, locale);
        }
        redirect.addFlashAttribute("flashMessage", message);
        redirect.addFlashAttribute("flashKind", added ? "success" : "info");
        return "redirect:/articles/" + outcome.articleId();
    }

    private String rejected(Model model, HttpServletResponse response, String open) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, open);
    }

    private static String page(Model model, String open) {
        if (!model.containsAttribute("paste")) {
            model.addAttribute("paste", PasteCommand.empty());
        }
        if (!model.containsAttribute("fetch")) {
            model.addAttribute("fetch", FetchCommand.empty());
        }
        model.addAttribute("open", open);
        return VIEW;
    }

    private Map<String, String> fieldErrors(BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return errors;
    }
}
