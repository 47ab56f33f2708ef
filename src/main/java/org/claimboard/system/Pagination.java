package org.claimboard.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the pagination fragment needs: the current page (1-based, as in the URL), the total, and links that
 * keep every other query parameter of the current request, so a filtered list stays filtered page after page.
 */
public record Pagination(int page, int totalPages, long totalElements, String previous, String next,
                         List<Link> links) {

    public static final int PAGE_SIZE = 25;

    public record Link(int number, String href, boolean current) {
    }

    public static Pagination of(Page<?> result) {
        return of(result, "page");
    }

    /** Pagination driven by the given query parameter (a page with two lists needs two). */
    public static Pagination of(Page<?> result, String parameter) {
        UriComponentsBuilder base = ServletUriComponentsBuilder.fromCurrentRequest();
        int current = result.getNumber() + 1;
        int total = Math.max(1, result.getTotalPages());
        List<Link> links = new ArrayList<>();
        for (int n : window(current, total)) {
            links.add(new Link(n, n < 0 ? null : href(base, parameter, n), n == current));
        }
        return new Pagination(current, total, result.getTotalElements(),
                current > 1 ? href(base, parameter, current - 1) : null,
                current < total ? href(base, parameter, current + 1) : null, links);
    }

    /** Zero-based page index for a 1-based page number from the URL; rejects nonsense with a clear message. */
    public static int index(int page) {
        if (page < 1) {
            throw new BadRequestException("Page numbers start at 1; \u201C" + page + "\u201D is not a page.");
        }
        return page - 1;
    }

    public boolean multiple() {
        return totalPages > 1;
    }

    /** First, last, and the pages around the current one; -1 stands for a gap. */
    private static List<Integer> window(int current, int total) {
        List<Integer> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 2) {
                if (n - last > 1) {
                    pages.add(-1);
                }
                pages.add(n);
                last = n;
            }
        }
        return pages;
    }

    private static String href(UriComponentsBuilder base, String parameter, int page) {
        UriComponentsBuilder copy = page == 1 ? base.cloneBuilder().replaceQueryParam(parameter)
                : base.cloneBuilder().replaceQueryParam(parameter, page);
        var uri = copy.build();
        String path = uri.getPath();
        String query = uri.getQuery();
        return (path == null ? "/" : path) + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
