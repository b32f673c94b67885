package be.nestwerk.network;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A partner organisation as typed in a form or sent to the API. Codes arrive as text so that an unknown one gets a
 * translated field message instead of a conversion error; {@link PartnerFormValidator} checks them.
 */
@Schema(name = "Organisation", description = "A partner organisation of a network")
class OrganisationForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String name;

    @NotBlank
    @Schema(description = "One of the actor types of the survey", implementation = ActorType.class)
    private @Nullable String actorType;

    @Size(max = 200)
    @Schema(description = "The professional group of a private practice, or what kind of actor 'OTHER' is")
    private @Nullable String actorTypeOther;

    @Size(max = 4000)
    private @Nullable String description;

    @Size(max = 300)
    private @Nullable String website;

    @Email
    @Size(max = 320)
    private @Nullable String email;

    @Size(max = 40)
    private @Nullable String phone;

    @Size(max = 200)
    private @Nullable String streetAddress;

    @Schema(description = "Belgian postcode, four digits", example = "2800")
    private @Nullable String postcode;

    @Size(max = 100)
    private @Nullable String town;

    static OrganisationForm of(OrganisationDetails details) {
        OrganisationForm form = new OrganisationForm();
        form.name = details.name();
        form.actorType = details.actorType().name();
        form.actorTypeOther = details.actorTypeOther();
        form.description = details.description();
        form.website = details.website();
        form.email = details.email();
        form.phone = details.phone();
        form.streetAddress = details.streetAddress();
        form.postcode = details.postcode();
        form.town = details.town();
        return form;
    }

    /** Only for a form that passed validation. */
    OrganisationDetails toDetails() {
        if (name == null || actorType == null) {
            throw new IllegalArgumentException("An organisation needs a name and an actor type");
        }
        return new OrganisationDetails(
                name,
                ActorType.valueOf(actorType.strip()),
                actorTypeOther,
                description,
                PartnerFormValidator.normaliseWebsite(website),
                email,
                phone,
                streetAddress,
                postcode,
                town);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getActorType() {
        return actorType;
    }

    public void setActorType(@Nullable String actorType) {
        this.actorType = actorType;
    }

    public @Nullable String getActorTypeOther() {
        return actorTypeOther;
    }

    public void setActorTypeOther(@Nullable String actorTypeOther) {
        this.actorTypeOther = actorTypeOther;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(@Nullable String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public @Nullable String getPostcode() {
        return postcode;
    }

    public void setPostcode(@Nullable String postcode) {
        this.postcode = postcode;
    }

    public @Nullable String getTown() {
        return town;
    }

    public void setTown(@Nullable String town) {
        this.town = town;
    }
}
