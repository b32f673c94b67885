package be.nestwerk.referral;

import be.nestwerk.platform.security.AccountView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The companion part of a referral's page: who goes along and when, and for the sender the volunteers to name. */
record CompanionPanel(
        @Nullable Companion companion, List<AccountView> volunteers, Map<UUID, String> names, boolean mayName) {

    CompanionPanel {
        volunteers = List.copyOf(volunteers);
        names = Map.copyOf(names);
    }

    public String nameOf(UUID account) {
        return names.getOrDefault(account, "");
    }
}
