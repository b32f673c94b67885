package be.nestwerk.platform.account;

import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** The checks that bean validation cannot express, reported on the field with a translated message. */
final class FormChecks {

    private FormChecks() {}

    static void password(BindingResult result, PasswordForm form) {
        if (!result.hasFieldErrors("password") && form.getPassword().length() < Accounts.MIN_PASSWORD_LENGTH) {
            result.rejectValue(
                    "password",
                    "account.validation.password-too-short",
                    new Object[] {Accounts.MIN_PASSWORD_LENGTH},
                    null);
        }
        if (!form.getPassword().equals(form.getPasswordAgain())) {
            result.rejectValue("passwordAgain", "account.validation.passwords-differ");
        }
    }

    static void displayName(BindingResult result, PasswordForm form) {
        if (form.getDisplayName().isBlank()) {
            result.rejectValue("displayName", "account.validation.required");
        }
    }

    static Optional<Role> role(BindingResult result, String field, String value) {
        Optional<Role> role =
                Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst();
        if (role.isEmpty()) {
            result.rejectValue(field, "account.validation.role");
        }
        return role;
    }

    /** Empty when blank; a value that is not an id is reported on the field. */
    static Optional<UUID> organisation(BindingResult result, String field, String value, Optional<Role> role) {
        if (value.isBlank()) {
            if (role.isPresent() && role.get().needsOrganisation()) {
                result.rejectValue(field, "account.members.organisation-required");
            }
            return Optional.empty();
        }
        if (role.isPresent() && !role.get().mayHaveOrganisation()) {
            result.rejectValue(field, "account.members.organisation-not-for-role");
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException notAnId) {
            result.rejectValue(field, "account.members.organisation-unknown");
            return Optional.empty();
        }
    }
}
