package be.nestwerk.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The material support form as typed. */
record MaterialSupportForm(
        String organisation, String family, String postcode, String kind, String givenOn, String note) {

    MaterialSupportForm {
        organisation = organisation == null ? "" : organisation;
        family = family == null ? "" : family;
        postcode = postcode == null ? "" : postcode;
        kind = kind == null ? "" : kind;
        givenOn = givenOn == null ? "" : givenOn;
        note = note == null ? "" : note;
    }

    static MaterialSupportForm blank(@Nullable UUID family, @Nullable UUID organisation, LocalDate today) {
        return new MaterialSupportForm(
                organisation == null ? "" : organisation.toString(),
                family == null ? "" : family.toString(),
                "",
                MaterialSupportKind.NAPPY_BANK.name(),
                today.toString(),
                "");
    }

    /** The support to register, or null with the problems of what could not be read. */
    @Nullable
    NewMaterialSupport read(QuestionProblems problems) {
        UUID registering = QuestionForm.id(organisation, "organisation", false, problems);
        UUID familyId = QuestionForm.id(family, "family", true, problems);
        MaterialSupportKind chosen = QuestionForm.choice(MaterialSupportKind.class, kind, "kind", problems);
        LocalDate date = null;
        try {
            date = LocalDate.parse(givenOn.strip());
        } catch (DateTimeParseException unreadable) {
            problems.add("givenOn", "referral.support.problem.unreadableDate");
        }
        if (problems.any() || registering == null || chosen == null || date == null) {
            return null;
        }
        return new NewMaterialSupport(registering, familyId, postcode, chosen, date, note);
    }
}
