package be.nestwerk.platform.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class EmailForm {

    @NotBlank(message = "{account.validation.required}")
    @Email(message = "{account.validation.email}")
    @Size(max = 320, message = "{account.validation.too-long}")
    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }
}
