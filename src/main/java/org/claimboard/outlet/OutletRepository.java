package org.claimboard.outlet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

    Optional<Outlet> findBySlug(String slug);

    List<Outlet> findBySlugIn(Collection<String> slugs);

    List<Outlet> findAllByOrderByNameAsc();
}
