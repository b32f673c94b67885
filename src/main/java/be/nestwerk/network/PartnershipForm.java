package be.nestwerk.network;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partnership's involvement and commitment as typed in a form or sent to the API; checked like its sibling. */
@Schema(name = "Partnership", description = "A partner's involvement and its commitment on paper")
class PartnershipForm {

    @NotBlank
    @Schema(description = "One of the seven involvement levels of the survey", implementation = Involvement.class)
    private @Nullable String involvement;

    @Size(max = 4000)
    @Schema(description = "Own input: staff time")
    private @Nullable String inputStaffTime;

    @Size(max = 4000)
    @Schema(description = "Own input: resources")
    private @Nullable String inputResources;

    @Size(max = 4000)
    @Schema(description = "Own input: premises")
    private @Nullable String inputPremises;

    @Size(max = 4000)
    @Schema(description = "Own input: expertise")
    private @Nullable String inputExpertise;

    @Size(max = 4000)
    private @Nullable String expectations;

    @ArraySchema(schema = @Schema(implementation = EssentialFunction.class))
    private List<String> essentialFunctions = new ArrayList<>();

    @Schema(description = "When the commitment is to be reviewed (ISO date)", example = "2027-06-30")
    private @Nullable String reviewDate;

    static PartnershipForm of(PartnershipTerms terms) {
        PartnershipForm form = new PartnershipForm();
        form.involvement = terms.involvement().name();
        form.inputStaffTime = terms.inputStaffTime();
        form.inputResources = terms.inputResources();
        form.inputPremises = terms.inputPremises();
        form.inputExpertise = terms.inputExpertise();
        form.expectations = terms.expectations();
        form.essentialFunctions = new ArrayList<>(
                terms.essentialFunctions().stream().map(Enum::name).toList());
        form.reviewDate = terms.reviewDate() == null ? null : terms.reviewDate().toString();
        return form;
    }

    /** Only for a form that passed validation. */
    PartnershipTerms toTerms() {
        if (involvement == null) {
            throw new IllegalArgumentException("A partnership needs an involvement");
        }
        String date = PartnerText.clean(reviewDate);
        return new PartnershipTerms(
                Involvement.valueOf(involvement.strip()),
                inputStaffTime,
                inputResources,
                inputPremises,
                inputExpertise,
                expectations,
                essentialFunctions.stream()
                        .map(String::strip)
                        .map(EssentialFunction::valueOf)
                        .toList(),
                date == null ? null : LocalDate.parse(date));
    }

    public @Nullable String getInvolvement() {
        return involvement;
    }

    public void setInvolvement(@Nullable String involvement) {
        this.involvement = involvement;
    }

    public @Nullable String getInputStaffTime() {
        return inputStaffTime;
    }

    public void setInputStaffTime(@Nullable String inputStaffTime) {
        this.inputStaffTime = inputStaffTime;
    }

    public @Nullable String getInputResources() {
        return inputResources;
    }

    public void setInputResources(@Nullable String inputResources) {
        this.inputResources = inputResources;
    }

    public @Nullable String getInputPremises() {
        return inputPremises;
    }

    public void setInputPremises(@Nullable String inputPremises) {
        this.inputPremises = inputPremises;
    }

    public @Nullable String getInputExpertise() {
        return inputExpertise;
    }

    public void setInputExpertise(@Nullable String inputExpertise) {
        this.inputExpertise = inputExpertise;
    }

    public @Nullable String getExpectations() {
        return expectations;
    }

    public void setExpectations(@Nullable String expectations) {
        this.expectations = expectations;
    }

    public List<String> getEssentialFunctions() {
        return essentialFunctions;
    }

    public void setEssentialFunctions(@Nullable List<String> essentialFunctions) {
        this.essentialFunctions = essentialFunctions == null ? new ArrayList<>() : new ArrayList<>(essentialFunctions);
    }

    public @Nullable String getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(@Nullable String reviewDate) {
        this.reviewDate = reviewDate;
    }
}
