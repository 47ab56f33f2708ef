package org.claimboard.correction;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

    /** An article's corrections in the order they were first made, which is the order they are applied in. */
    List<Correction> findByArticleIdOrderByIdAsc(Long articleId);
}
