package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ConsentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID OCMW = UUID.randomUUID();
    static final UUID SCHOOL = UUID.randomUUID();

    @Test
    void permitsOnlyItsPartnerAndPurposeUntilItsLastDay() {
        Consent consent = consent(OCMW, ConsentPurpose.REFERRAL, TODAY.plusDays(10));

        assertThat(consent.permits(OCMW, ConsentPurpose.REFERRAL, TODAY)).isTrue();
        assertThat(consent.permits(OCMW, ConsentPurpose.REFERRAL, TODAY.plusDays(10)))
                .isTrue();
        assertThat(consent.permits(OCMW, ConsentPurpose.REFERRAL, TODAY.plusDays(11)))
                .isFalse();
        assertThat(consent.permits(OCMW, ConsentPurpose.FAMILY_PLAN, TODAY)).isFalse();
        assertThat(consent.permits(SCHOOL, ConsentPurpose.REFERRAL, TODAY)).isFalse();
        assertThat(consent.opensTo(SCHOOL, TODAY)).isFalse();
    }

    @Test
    void aConsentToTheWholeNetworkOpensTheFamilyToEveryPartner() {
        Consent consent = consent(null, ConsentPurpose.CASE_CONSULTATION, TODAY.plusMonths(3));

        assertThat(consent.permits(SCHOOL, ConsentPurpose.CASE_CONSULTATION, TODAY))
                .isTrue();
        assertThat(consent.opensTo(OCMW, TODAY)).isTrue();
    }

    @Test
    void aRevokedConsentPermitsNothingAndCannotBeRevokedAgain() {
        Consent revoked = consent(OCMW, ConsentPurpose.REFERRAL, TODAY.plusYears(1))
                .revoke(null, Instant.parse("2026-11-23T10:00:00Z"), RevocationChannel.PERSONAL_LINK);

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedVia()).isEqualTo(RevocationChannel.PERSONAL_LINK);
        assertThat(revoked.permits(OCMW, ConsentPurpose.REFERRAL, TODAY)).isFalse();
        assertThat(revoked.opensTo(OCMW, TODAY)).isFalse();
        assertThatThrownBy(() -> revoked.revoke(UUID.randomUUID(), Instant.now(), RevocationChannel.PROFESSIONAL))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Consent consent(@Nullable UUID organisation, ConsentPurpose purpose, LocalDate until) {
        return new Consent(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                organisation,
                purpose,
                ConsentForm.WRITTEN,
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2026-11-01T09:00:00Z"),
                until,
                null,
                null,
                null);
    }
}
