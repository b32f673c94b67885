package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's own memberships, with the names of their networks and organisations. */
@Component
class AccountOverview {

    record MembershipRow(
            UUID networkId,
            String networkSlug,
            String networkName,
            Role role,
            @Nullable UUID organisationId,
            @Nullable String organisationName) {}

    private final Memberships memberships;
    private final NetworkDirectory networks;
    private final Organisations organisations;

    AccountOverview(Memberships memberships, NetworkDirectory networks, Organisations organisations) {
        this.memberships = memberships;
        this.networks = networks;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    List<MembershipRow> membershipsOf(UUID userId) {
        List<MembershipView> own = memberships.ofUser(userId);
        Map<UUID, NetworkRef> refs =
                networks
                        .findAllById(own.stream()
                                .map(MembershipView::networkId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(NetworkRef::id, Function.identity()));
        Map<UUID, String> organisationNames = organisations.names(own.stream()
                .map(MembershipView::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return own.stream()
                .filter(m -> refs.containsKey(m.networkId()))
                .map(m -> new MembershipRow(
                        m.networkId(),
                        refs.get(m.networkId()).slug(),
                        refs.get(m.networkId()).name(),
                        m.role(),
                        m.organisationId(),
                        m.organisationId() == null ? null : organisationNames.get(m.organisationId())))
                .sorted(Comparator.comparing(MembershipRow::networkName).thenComparing(MembershipRow::role))
                .toList();
    }
}
