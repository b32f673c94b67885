package be.nestwerk.network;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The partner page's form: the organisation and its partnership together, with the versions that were shown so
 * that a change made by someone else in the meantime is not silently overwritten.
 */
class PartnerForm {

    @Valid
    private OrganisationForm organisation = new OrganisationForm();

    @Valid
    private PartnershipForm partnership = new PartnershipForm();

    private @Nullable Long organisationVersion;

    private @Nullable Long partnershipVersion;

    static PartnerForm of(PartnerDetail detail) {
        PartnerForm form = new PartnerForm();
        form.organisation = OrganisationForm.of(detail.organisation());
        if (detail.partnership() != null) {
            form.partnership = PartnershipForm.of(detail.partnership());
        }
        form.organisationVersion = detail.organisationVersion();
        form.partnershipVersion = detail.partnershipVersion();
        return form;
    }

    public OrganisationForm getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationForm organisation) {
        this.organisation = organisation;
    }

    public PartnershipForm getPartnership() {
        return partnership;
    }

    public void setPartnership(PartnershipForm partnership) {
        this.partnership = partnership;
    }

    public @Nullable Long getOrganisationVersion() {
        return organisationVersion;
    }

    public void setOrganisationVersion(@Nullable Long organisationVersion) {
        this.organisationVersion = organisationVersion;
    }

    public @Nullable Long getPartnershipVersion() {
        return partnershipVersion;
    }

    public void setPartnershipVersion(@Nullable Long partnershipVersion) {
        this.partnershipVersion = partnershipVersion;
    }
}
