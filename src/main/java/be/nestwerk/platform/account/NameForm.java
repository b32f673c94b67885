package be.nestwerk.platform.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A display name, or the name of a new API token. */
class NameForm {

    @NotBlank(message = "{account.validation.required}")
    @Size(max = 100, message = "{account.validation.too-long}")
    private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }
}
