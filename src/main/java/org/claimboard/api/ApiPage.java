package org.claimboard.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of an API list.
 *
 * @param items      this page's items
 * @param page       its number, from 1 as in the {@code page} parameter
 * @param size       the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages of this size they fill
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <S, T> ApiPage<T> of(Page<S> result, Function<S, T> item) {
        return new ApiPage<>(result.getContent().stream().map(item).toList(), result.getNumber() + 1,
                result.getSize(), result.getTotalElements(), result.getTotalPages());
    }
}
