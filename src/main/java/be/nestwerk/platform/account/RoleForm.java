package be.nestwerk.platform.account;

/** A member's new role, and the organisation it is for (empty for a coordinator without one). */
class RoleForm {

    private String role = "";

    private String organisation = "";

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null ? "" : role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation == null ? "" : organisation;
    }
}
