package org.claimboard.correction;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByArticleIdOrderByHappenedAtDescIdDesc(Long articleId, Pageable pageable);
}
