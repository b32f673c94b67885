package be.nestwerk.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Creating a network: the name, and for a Huis van het Kind (by the agency) its first coordinator. A community
 * network is created by a coordinator, who becomes its coordinator, so the coordinator fields are not asked then.
 */
class NewNetworkForm {

    interface HuisVanHetKind {}

    @NotBlank(message = "{network.validation.name-required}")
    @Size(max = 200, message = "{network.validation.name-too-long}")
    private @Nullable String name;

    @NotBlank(groups = HuisVanHetKind.class, message = "{network.validation.coordinator-email-required}")
    @Email(groups = HuisVanHetKind.class, message = "{network.validation.email-invalid}")
    @Size(groups = HuisVanHetKind.class, max = 320, message = "{network.validation.email-invalid}")
    private @Nullable String coordinatorEmail;

    @NotBlank(groups = HuisVanHetKind.class, message = "{network.validation.coordinator-name-required}")
    @Size(groups = HuisVanHetKind.class, max = 200, message = "{network.validation.name-too-long}")
    private @Nullable String coordinatorName;

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(@Nullable String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public @Nullable String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(@Nullable String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }
}
