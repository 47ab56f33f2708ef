package org.claimboard.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimboard.extraction.Stance;
import org.claimboard.system.BadRequestException;
import org.springframework.context.MessageSource;

/**
 * The claim list's query parameters exactly as typed in the URL. Binding raw strings never fails; {@link #parse()}
 * then turns them into a {@link ClaimFilter}, or into messages the page shows next to the form.
 */
public record ClaimQuery(List<String> country, String outlet, String status, String article, String from,
                         String to, String q, String page) {

    /** A problem with one parameter: a messages.properties key and the offending value. */
    public record Problem(String code, String value, String parameter) {
    }

    public record Parsed(ClaimFilter filter, int page, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }

        /**
         * The filter, or a 400 naming every problem in the words the claims page uses: for the API, feeds and
         * downloads, which have no form to show problems next to.
         */
        public ClaimFilter requireValid(MessageSource messages) {
            if (valid()) {
                return filter;
            }
            StringBuilder text = new StringBuilder();
            for (Problem p : problems) {
                text.append(text.isEmpty() ? "" : " ").append(messages.getMessage(p.code(),
                        new Object[] {p.value(), p.parameter()}, p.code(), Locale.ENGLISH));
            }
            throw new BadRequestException(text.toString());
        }
    }

    public Parsed parse() {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        if (country != null) {
            for (String code : country) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                String upper = code.strip().toUpperCase(Locale.ROOT);
                if (upper.length() == 2 && upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    codes.add(upper);
                } else {
                    problems.add(new Problem("claims.filter.invalid.number", code, "country code"));
                }
            }
        }
        Stance stance = stance(problems);
        Long articleId = number(article, "article id", problems);
        int index = pageIndex(problems);
        LocalDate fromDate = date(from, problems);
        LocalDate toDate = date(to, problems);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            problems.add(new Problem("claims.filter.invalid.range", null, null));
        }
        ClaimFilter filter = new ClaimFilter(codes, outlet, stance, articleId, fromDate, toDate, q);
        return new Parsed(filter, index, List.copyOf(problems));
    }

    public boolean hasCountry(String code) {
        return country != null && country.stream().anyMatch(c -> c != null && c.strip().equalsIgnoreCase(code));
    }

    private Stance stance(List<Problem> problems) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Stance.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem("claims.filter.invalid.status", status, "stance"));
            return null;
        }
    }

    /**
     * The zero-based page index; 0 when no page is given. A page number must be a positive int: a larger one
     * cannot be a page, and must not wrap round to page 1.
     */
    private int pageIndex(List<Problem> problems) {
        Long number = number(page, "page number", problems);
        if (number == null) {
            return 0;
        }
        if (number < 1 || number > Integer.MAX_VALUE) {
            problems.add(new Problem("claims.filter.invalid.number", page, "page number"));
            return 0;
        }
        return (int) (number - 1);
    }

    private static Long number(String text, String what, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(new Problem("claims.filter.invalid.number", text, what));
            return null;
        }
    }

    private static LocalDate date(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            problems.add(new Problem("claims.filter.invalid.date", text, "date"));
            return null;
        }
    }
}
