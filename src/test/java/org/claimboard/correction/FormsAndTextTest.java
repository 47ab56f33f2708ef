package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.junit.jupiter.api.Test;

/** The small rules of the forms and of the audit trail's wording, without Spring. */
class FormsAndTextTest {

    @Test
    void countryCodesAreUpperCasedTrimmedAndNotRepeated() {
        assertThat(new ClaimForm(null, null, " pl, FR ,pl,, gb", null).countryCodes())
                .containsExactly("PL", "FR", "GB");
        assertThat(new ClaimForm(null, null, "  ", null).countryCodes()).isEmpty();
        assertThat(ClaimForm.empty().countryCodes()).isEmpty();
    }

    @Test
    void theActorIsStoredUpperCase() {
        assertThat(new PledgeForm(" coalition ", Stance.OFFERED, null, null, null, null).actorCode())
                .isEqualTo("COALITION");
        assertThat(new PledgeForm("gb", Stance.OFFERED, null, null, null, null).actorCode()).isEqualTo("GB");
    }

    @Test
    void aRangeNeedsAStartAndMustNotRunBackwards() {
        assertThat(new PledgeForm("GB", Stance.OFFERED, 100, 200, Qualifier.RANGE, ForceKind.TROOPS).rangeValid())
                .isTrue();
        assertThat(new PledgeForm("GB", Stance.OFFERED, 200, 100, null, null).rangeValid()).isFalse();
        assertThat(new PledgeForm("GB", Stance.OFFERED, null, 100, null, null).rangeValid()).isFalse();
        assertThat(new PledgeForm("GB", Stance.OFFERED, null, null, null, null).rangeValid()).isTrue();
    }

    @Test
    void auditValuesReadAsPeopleWriteThem() {
        assertThat(AuditTrail.text(Qualifier.AT_LEAST)).isEqualTo("at least");
        assertThat(AuditTrail.text(12_500)).isEqualTo("12,500");
        assertThat(AuditTrail.text(" ")).isNull();
        assertThat(AuditTrail.text(null)).isNull();
    }

    @Test
    void aClaimIsNamedByTheStartOfItsSentence() {
        assertThat(ClaimCorrections.subject("Poland said no.")).isEqualTo("claim \u201CPoland said no.\u201D");
        assertThat(ClaimCorrections.subject("x".repeat(100))).hasSize(6 + 1 + 59 + 1 + 1).endsWith("\u2026\u201D");
    }
}
