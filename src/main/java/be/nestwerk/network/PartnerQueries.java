package be.nestwerk.network;

import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a network's partners for its members; every member may read, whatever their role. */
@Service
class PartnerQueries {

    private final PartnerListing listing;
    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final NetworkAccess access;
    private final Memberships memberships;

    PartnerQueries(
            PartnerListing listing,
            OrganisationRepository organisations,
            PartnershipRepository partnerships,
            NetworkAccess access,
            Memberships memberships) {
        this.listing = listing;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.access = access;
        this.memberships = memberships;
    }

    @Transactional(readOnly = true)
    Page<PartnerListing.Row> page(UUID networkId, PartnerFilter filter, Pageable pageable) {
        access.requireMember(networkId);
        return listing.page(networkId, filter, pageable);
    }

    @Transactional(readOnly = true)
    PartnerDetail detail(UUID networkId, UUID organisationId) {
        access.requireMember(networkId);
        Organisation organisation = organisations
                .findByIdAndNetworkId(organisationId, networkId)
                .orElseThrow(() -> new NotFoundException("organisation"));
        Optional<Partnership> partnership = partnerships.findByNetworkIdAndOrganisationId(networkId, organisationId);
        return new PartnerDetail(
                organisation.id(),
                organisation.version(),
                organisation.details(),
                partnership.map(Partnership::id).orElse(null),
                partnership.map(Partnership::version).orElse(null),
                partnership.map(Partnership::terms).orElse(null));
    }

    /** The partner as its edit page shows it, for those who may change it. */
    @Transactional(readOnly = true)
    PartnerDetail forEditing(UUID networkId, UUID organisationId) {
        PartnerDetail detail = detail(networkId, organisationId);
        access.requireOrganisationAdmin(networkId, organisationId);
        return detail;
    }

    /** Refuses (403) unless the current person may add partners to the network. */
    void requireMayAdd(UUID networkId) {
        access.require(networkId, Role.COORDINATOR);
    }

    /** The current person's rights on the network's partners, or on one of them when an organisation is given. */
    @Transactional(readOnly = true)
    PartnerPermissions permissions(UUID networkId, @Nullable UUID organisationId) {
        Set<Role> roles = access.rolesIn(networkId);
        boolean coordinator = roles.contains(Role.COORDINATOR);
        boolean ownOrganisation = organisationId != null
                && roles.contains(Role.PARTNER_ADMIN)
                && access.currentUser()
                        .map(NestwerkUser::id)
                        .map(userId -> memberships.ofUser(userId).stream()
                                .anyMatch(m -> m.networkId().equals(networkId)
                                        && m.role() == Role.PARTNER_ADMIN
                                        && organisationId.equals(m.organisationId())))
                        .orElse(false);
        return new PartnerPermissions(coordinator, coordinator || ownOrganisation, coordinator);
    }
}
