package be.nestwerk.platform.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Network roles are deliberately not cached here: they are read from the memberships on
 * every check, so that a role change or removal takes effect at once, also in sessions on other instances.
 */
public final class NestwerkUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final boolean agencyAdmin;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    NestwerkUser(UserAccount account, boolean locked) {
        this.id = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.agencyAdmin = account.agencyAdmin();
        this.enabled = account.enabled() && account.passwordHash() != null;
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean agencyAdmin() {
        return agencyAdmin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (agencyAdmin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_AGENCY_ADMIN"));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NestwerkUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "NestwerkUser[" + id + "]";
    }
}
