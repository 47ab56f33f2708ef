package org.claimboard.api;

import org.claimboard.system.BadRequestException;
import org.springframework.data.domain.PageRequest;

/** The API's page sizes: a default, and a ceiling so one request cannot ask for the whole database. */
final class ApiPaging {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;

    private ApiPaging() {
    }

    /** A page request for a zero-based page index and the {@code size} parameter. */
    static PageRequest of(int pageIndex, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("The page size must be between 1 and " + MAX_SIZE + "; \u201C" + size
                    + "\u201D is not. Use several pages (the page parameter) for more.");
        }
        return PageRequest.of(pageIndex, size);
    }
}
