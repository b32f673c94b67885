package be.nestwerk.network;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The settings page's form; the same rules as {@link NetworkSettingsRequest} of the API. */
class NetworkSettingsForm {

    static final String PHONE = "[0-9+()./ -]{0,40}";
    static final String WEBSITE = "(https?://[^\\s<>\"]{1,290})?";
    static final String POSTCODE = "(\\d{4})?";

    @NotBlank(message = "{network.validation.name-required}")
    @Size(max = 200, message = "{network.validation.name-too-long}")
    private @Nullable String name;

    @Size(max = 4000, message = "{network.validation.description-too-long}")
    private @Nullable String description;

    @Email(message = "{network.validation.email-invalid}")
    @Size(max = 320, message = "{network.validation.email-invalid}")
    private @Nullable String contactEmail;

    @Pattern(regexp = PHONE, message = "{network.validation.phone-invalid}")
    private @Nullable String contactPhone;

    @Pattern(regexp = WEBSITE, message = "{network.validation.website-invalid}")
    private @Nullable String website;

    @Size(max = 200, message = "{network.validation.address-too-long}")
    private @Nullable String streetAddress;

    @Pattern(regexp = POSTCODE, message = "{network.validation.postcode-invalid}")
    private @Nullable String postcode;

    @Size(max = 100, message = "{network.validation.town-too-long}")
    private @Nullable String town;

    @NotNull(message = "{network.validation.age-required}")
    @Min(value = NetworkSettings.MIN_AGE_MONTHS, message = "{network.validation.age-range}")
    @Max(value = NetworkSettings.MAX_AGE_MONTHS, message = "{network.validation.age-range}")
    private @Nullable Integer ageFromMonths;

    @NotNull(message = "{network.validation.age-required}")
    @Min(value = NetworkSettings.MIN_AGE_MONTHS, message = "{network.validation.age-range}")
    @Max(value = NetworkSettings.MAX_AGE_MONTHS, message = "{network.validation.age-range}")
    private @Nullable Integer ageToMonths;

    private List<String> languages = new ArrayList<>();

    private @Nullable UUID directingOrganisationId;

    static NetworkSettingsForm of(NetworkView network) {
        NetworkSettingsForm form = new NetworkSettingsForm();
        form.name = network.name();
        form.description = network.description();
        form.contactEmail = network.contactEmail();
        form.contactPhone = network.contactPhone();
        form.website = network.website();
        form.streetAddress = network.streetAddress();
        form.postcode = network.postcode();
        form.town = network.town();
        form.ageFromMonths = network.ageFromMonths();
        form.ageToMonths = network.ageToMonths();
        form.languages = new ArrayList<>(network.languages());
        form.directingOrganisationId = network.directingOrganisationId();
        return form;
    }

    NetworkSettings toSettings() {
        return new NetworkSettings(
                String.valueOf(name),
                description,
                contactEmail,
                contactPhone,
                website,
                streetAddress,
                postcode,
                town,
                ageFromMonths == null ? 0 : ageFromMonths,
                ageToMonths == null ? 0 : ageToMonths,
                languages,
                directingOrganisationId);
    }

    @AssertTrue(message = "{network.validation.ages-order}")
    public boolean isAgeRangeValid() {
        return ageFromMonths == null || ageToMonths == null || ageFromMonths < ageToMonths;
    }

    @AssertTrue(message = "{network.validation.languages-unknown}")
    public boolean isLanguagesKnown() {
        return NetworkLanguages.allKnown(languages);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
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

    public @Nullable Integer getAgeFromMonths() {
        return ageFromMonths;
    }

    public void setAgeFromMonths(@Nullable Integer ageFromMonths) {
        this.ageFromMonths = ageFromMonths;
    }

    public @Nullable Integer getAgeToMonths() {
        return ageToMonths;
    }

    public void setAgeToMonths(@Nullable Integer ageToMonths) {
        this.ageToMonths = ageToMonths;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public @Nullable UUID getDirectingOrganisationId() {
        return directingOrganisationId;
    }

    public void setDirectingOrganisationId(@Nullable UUID directingOrganisationId) {
        this.directingOrganisationId = directingOrganisationId;
    }
}
