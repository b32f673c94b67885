package be.nestwerk.platform.tenancy;

/**
 * A person's role in one network, for one organisation. AGENCY_ADMIN is platform-wide and lives on the account. The
 * data-protection officer belongs to the network, not to an organisation: they read the audit log and nothing else.
 */
public enum Role {
    COORDINATOR,
    PARTNER_ADMIN,
    PROFESSIONAL,
    VOLUNTEER,
    DATA_PROTECTION_OFFICER;

    public String messageKey() {
        return "role." + name();
    }

    /** Whether a membership in this role is always for an organisation (a coordinator's may be, an officer's never). */
    public boolean needsOrganisation() {
        return this != COORDINATOR && this != DATA_PROTECTION_OFFICER;
    }

    /** Whether a membership in this role may name an organisation at all. */
    public boolean mayHaveOrganisation() {
        return this != DATA_PROTECTION_OFFICER;
    }
}
