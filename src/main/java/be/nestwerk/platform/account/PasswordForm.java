package be.nestwerk.platform.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice; with the current one when a signed-in person changes it, and a name on invitation. */
class PasswordForm {

    @Size(max = 200, message = "{account.validation.too-long}")
    private String displayName = "";

    private String currentPassword = "";

    @NotBlank(message = "{account.validation.required}")
    @Size(max = 200, message = "{account.validation.too-long}")
    private String password = "";

    private String passwordAgain = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain == null ? "" : passwordAgain;
    }
}
