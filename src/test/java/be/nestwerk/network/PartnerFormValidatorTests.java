package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class PartnerFormValidatorTests {

    private final PartnerFormValidator validator = new PartnerFormValidator();

    @Test
    void acceptsACompleteOrganisation() {
        OrganisationForm form = organisation("LIBRARY");
        form.setWebsite("www.bib.example.be");
        form.setPhone("+32 15 12 34 56");
        form.setPostcode("2800");

        assertThat(codes(form)).isEmpty();
        assertThat(form.toDetails().website()).isEqualTo("https://www.bib.example.be");
    }

    @Test
    void refusesAnUnknownActorType() {
        assertThat(codes(organisation("ROCKETS"))).containsExactly("actorType:validation.actor-type-unknown");
    }

    @Test
    void asksWhatKindOfActorOtherAndWhichProfessionForAPrivatePractice() {
        assertThat(codes(organisation("OTHER"))).containsExactly("actorTypeOther:validation.actor-type-other-required");
        assertThat(codes(organisation("PRIVATE_PRACTICE")))
                .containsExactly("actorTypeOther:validation.actor-type-other-required");
        OrganisationForm speech = organisation("PRIVATE_PRACTICE");
        speech.setActorTypeOther("Logopedie");
        assertThat(codes(speech)).isEmpty();
    }

    @Test
    void dropsTheSpecificationOfAnActorTypeThatNeedsNone() {
        OrganisationForm form = organisation("LIBRARY");
        form.setActorTypeOther("left over");
        assertThat(form.toDetails().actorTypeOther()).isNull();
    }

    @Test
    void refusesMalformedContactDetails() {
        OrganisationForm form = organisation("LIBRARY");
        form.setWebsite("http://");
        form.setPhone("call me");
        form.setPostcode("280");

        assertThat(codes(form))
                .containsExactlyInAnyOrder(
                        "website:validation.website", "phone:validation.phone", "postcode:validation.postcode");
    }

    @Test
    void refusesUnknownCodesAndAReviewDateThatIsNotADate() {
        PartnershipForm form = new PartnershipForm();
        form.setInvolvement("SOMETIMES");
        form.setEssentialFunctions(List.of("MEETING_AND_SOCIAL_COHESION", "FLYING"));
        form.setReviewDate("31/12/2027");

        assertThat(codes(form))
                .containsExactlyInAnyOrder(
                        "involvement:validation.involvement-unknown",
                        "essentialFunctions:validation.essential-function-unknown",
                        "reviewDate:validation.review-date-format");
    }

    @Test
    void turnsAValidPartnershipIntoItsTerms() {
        PartnershipForm form = new PartnershipForm();
        form.setInvolvement("CORE_PARTNER");
        form.setEssentialFunctions(List.of("PLACE_IN_PUBLIC_SPACE", "MEETING_AND_SOCIAL_COHESION"));
        form.setReviewDate("2027-12-31");
        form.setExpectations("  ");

        assertThat(codes(form)).isEmpty();
        PartnershipTerms terms = form.toTerms();
        assertThat(terms.involvement()).isEqualTo(Involvement.CORE_PARTNER);
        assertThat(terms.essentialFunctions())
                .containsExactly(
                        EssentialFunction.MEETING_AND_SOCIAL_COHESION, EssentialFunction.PLACE_IN_PUBLIC_SPACE);
        assertThat(terms.reviewDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(terms.expectations()).isNull();
    }

    @Test
    void checksBothPartsOfThePartnerPageForm() {
        PartnerForm form = new PartnerForm();
        form.setOrganisation(organisation("ROCKETS"));
        form.getPartnership().setInvolvement("SOMETIMES");

        assertThat(codes(form))
                .containsExactlyInAnyOrder(
                        "organisation.actorType:validation.actor-type-unknown",
                        "partnership.involvement:validation.involvement-unknown");
    }

    private List<String> codes(Object form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        return errors.getFieldErrors().stream()
                .map(error -> error.getField() + ":" + error.getCode())
                .toList();
    }

    private static OrganisationForm organisation(String actorType) {
        OrganisationForm form = new OrganisationForm();
        form.setName("Bibliotheek");
        form.setActorType(actorType);
        return form;
    }
}
