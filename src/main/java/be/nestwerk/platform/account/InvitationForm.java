package be.nestwerk.platform.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Role and organisation arrive as text and are checked by {@link FormChecks}, to explain a bad value in words. */
class InvitationForm {

    @NotBlank(message = "{account.validation.required}")
    @Email(message = "{account.validation.email}")
    @Size(max = 320, message = "{account.validation.too-long}")
    private String email = "";

    @NotBlank(message = "{account.validation.required}")
    @Size(max = 200, message = "{account.validation.too-long}")
    private String name = "";

    private String role = "";

    private String organisation = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

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
