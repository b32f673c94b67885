package be.nestwerk.network;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * The checks that annotations cannot express: known codes, a specification where the actor type asks for one, and
 * the formats of website, phone, postcode and review date. {@link #configure} also makes every message code of
 * these forms start with "partner.", so that their messages live in the partner bundle.
 */
class PartnerFormValidator implements Validator {

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{6,40}");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");

    static void configure(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("partner.");
        binder.setMessageCodesResolver(codes);
        PartnerFormValidator validator = new PartnerFormValidator();
        Class<?> type = targetType(binder);
        if (type != null && validator.supports(type)) {
            binder.addValidators(validator);
        }
    }

    /** A form bound from request parameters is constructed after the binder, so its type is all there is yet. */
    private static @Nullable Class<?> targetType(WebDataBinder binder) {
        Object target = binder.getTarget();
        if (target != null) {
            return target.getClass();
        }
        return binder.getTargetType() == null ? null : binder.getTargetType().resolve();
    }

    @Override
    public boolean supports(Class<?> type) {
        return type == OrganisationForm.class || type == PartnershipForm.class || type == PartnerForm.class;
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target instanceof PartnerForm form) {
            errors.pushNestedPath("organisation");
            validateOrganisation(form.getOrganisation(), errors);
            errors.popNestedPath();
            errors.pushNestedPath("partnership");
            validatePartnership(form.getPartnership(), errors);
            errors.popNestedPath();
        } else if (target instanceof OrganisationForm form) {
            validateOrganisation(form, errors);
        } else if (target instanceof PartnershipForm form) {
            validatePartnership(form, errors);
        }
    }

    private static void validateOrganisation(OrganisationForm form, Errors errors) {
        String actorType = PartnerText.clean(form.getActorType());
        if (actorType != null) {
            if (!known(ActorType.values(), actorType)) {
                errors.rejectValue("actorType", "validation.actor-type-unknown");
            } else if (ActorType.valueOf(actorType).needsSpecification()
                    && PartnerText.clean(form.getActorTypeOther()) == null) {
                errors.rejectValue("actorTypeOther", "validation.actor-type-other-required");
            }
        }
        String website = normaliseWebsite(form.getWebsite());
        if (website != null && !validWebsite(website)) {
            errors.rejectValue("website", "validation.website");
        }
        String phone = PartnerText.clean(form.getPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.rejectValue("phone", "validation.phone");
        }
        String postcode = PartnerText.clean(form.getPostcode());
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            errors.rejectValue("postcode", "validation.postcode");
        }
    }

    private static void validatePartnership(PartnershipForm form, Errors errors) {
        String involvement = PartnerText.clean(form.getInvolvement());
        if (involvement != null && !known(Involvement.values(), involvement)) {
            errors.rejectValue("involvement", "validation.involvement-unknown");
        }
        if (form.getEssentialFunctions().stream()
                .anyMatch(function -> function == null || !known(EssentialFunction.values(), function.strip()))) {
            errors.rejectValue("essentialFunctions", "validation.essential-function-unknown");
        }
        String reviewDate = PartnerText.clean(form.getReviewDate());
        if (reviewDate != null && !plausibleDate(reviewDate)) {
            errors.rejectValue("reviewDate", "validation.review-date-format");
        }
    }

    /** People type "www.example.be"; the link needs a scheme to work. */
    static @Nullable String normaliseWebsite(@Nullable String website) {
        String cleaned = PartnerText.clean(website);
        if (cleaned == null || cleaned.matches("(?i)^https?://.*")) {
            return cleaned;
        }
        return "https://" + cleaned;
    }

    private static boolean validWebsite(String website) {
        try {
            URI uri = new URI(website);
            return uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean plausibleDate(String text) {
        try {
            int year = LocalDate.parse(text).getYear();
            return year >= 1900 && year <= 2200;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean known(Enum<?>[] constants, String value) {
        return Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value));
    }
}
