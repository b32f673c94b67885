package be.nestwerk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class AuditFilterTests {

    private final AuditFilter filter = new AuditFilter();
    private final Errors errors = new BeanPropertyBindingResult(filter, "filter");

    @Test
    void anEmptyFilterAsksForEverything() {
        assertThat(filter.criteria(errors)).contains(new AuditCriteria(null, null, null, null));
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void readsActionActorAndDates() {
        filter.setAction("MEMBERSHIP_ADDED");
        filter.setActor("  coordinator@ ");
        filter.setFrom("2025-03-01");
        filter.setTo("2025-03-31");

        assertThat(filter.criteria(errors))
                .contains(new AuditCriteria(
                        AuditAction.MEMBERSHIP_ADDED,
                        "coordinator@",
                        LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 3, 31)));
    }

    @Test
    void reportsADateThatIsNotOneOnItsField() {
        filter.setFrom("31/03/2025");

        assertThat(filter.criteria(errors)).isEmpty();
        assertThat(errors.getFieldError("from").getCode()).isEqualTo("account.audit.invalid-date");
    }

    @Test
    void reportsAnEndBeforeTheStart() {
        filter.setFrom("2025-03-02");
        filter.setTo("2025-03-01");

        assertThat(filter.criteria(errors)).isEmpty();
        assertThat(errors.getFieldError("to").getCode()).isEqualTo("account.audit.invalid-range");
    }

    @Test
    void readsThePurposeInCapitalsAndReportsOneThatIsNotAWord() {
        filter.setPurpose(" referral ");

        assertThat(filter.criteria(errors)).hasValueSatisfying(criteria -> {
            assertThat(criteria.purpose()).isEqualTo("REFERRAL");
            assertThat(criteria.describe()).isEqualTo("purpose=REFERRAL");
        });

        Errors other = new BeanPropertyBindingResult(filter, "filter");
        filter.setPurpose("REFERRAL' or 1=1");
        assertThat(filter.criteria(other)).isEmpty();
        assertThat(other.getFieldError("purpose").getCode()).isEqualTo("account.audit.invalid-purpose");
    }

    @Test
    void reportsAnUnknownAction() {
        filter.setAction("DROP_TABLE");

        assertThat(filter.criteria(errors)).isEmpty();
        assertThat(errors.getFieldError("action").getCode()).isEqualTo("account.audit.invalid-action");
    }

    @Test
    void escapesWildcardsInTheActorSearch() {
        assertThat(NetworkAuditTrail.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }
}
