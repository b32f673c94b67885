package be.nestwerk.platform.tenancy;

/** A person's role in one network, for one organisation. AGENCY_ADMIN is platform-wide and lives on the account. */
public enum Role {
    COORDINATOR,
    PARTNER_ADMIN,
    PROFESSIONAL,
    VOLUNTEER;

    public String messageKey() {
        return "role." + name();
    }
}
