package org.claimboard.correction;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.claimboard.claim.Verdict.Rating;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Writes and reads the audit trail of an article: one event per changed value, so each line says before and after. */
@Component
class AuditTrail {

    static final int SHOWN = 100;

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** What was done to one claim or pledge by one user at one moment; collects events until written. */
    final class Entry {
        private final Long articleId;
        private final int claimStart;
        private final int claimEnd;
        private final String user;
        private final Instant at;
        private final String subject;

        private Entry(Long articleId, int claimStart, int claimEnd, String user, Instant at, String subject) {
            this.articleId = articleId;
            this.claimStart = claimStart;
            this.claimEnd = claimEnd;
            this.user = user;
            this.at = at;
            this.subject = subject;
        }

        void changed(String field, Object before, Object after) {
            String was = text(before);
            String now = text(after);
            if (!Objects.equals(was, now)) {
                write(AuditEvent.Kind.CHANGED, field, was, now);
            }
        }

        void added(String description) {
            write(AuditEvent.Kind.ADDED, null, null, description);
        }

        void deleted(String description) {
            write(AuditEvent.Kind.DELETED, null, description, null);
        }

        void verdict(Rating before, Rating after, String note) {
            write(AuditEvent.Kind.VERDICT, "verdict", text(before), text(after) + (note == null ? "" : ": " + note));
        }

        private void write(AuditEvent.Kind kind, String field, String before, String after) {
            events.save(new AuditEvent(articleId, claimStart, claimEnd, user, at, kind, subject, field, before, after));
        }
    }

    Entry entry(Long articleId, int claimStart, int claimEnd, String user, String subject) {
        return new Entry(articleId, claimStart, claimEnd, user, Instant.now(), subject);
    }

    List<AuditLine> of(Long articleId) {
        return events.findByArticleIdOrderByHappenedAtDescIdDesc(articleId, PageRequest.ofSize(SHOWN)).stream()
                .map(AuditLine::of).toList();
    }

    /** Enum constants as people write them ("at least"), numbers grouped ("4,321"), blanks as nothing. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof Enum<?> e) {
            text = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        } else if (value instanceof Integer number) {
            text = NumberFormat.getIntegerInstance(Locale.UK).format(number);
        } else {
            text = value.toString();
        }
        return text.isBlank() ? null : text;
    }
}
