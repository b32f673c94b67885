package be.nestwerk.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner organisations of a network, for other modules. It does not check who asks: partner names and types
 * are not personal data and appear on the network's public page, so the calling module decides what to show.
 */
@Service
public class Partners {

    private final PartnerListing listing;

    Partners(PartnerListing listing) {
        this.listing = listing;
    }

    /** All partner organisations of the network, by name. */
    @Transactional(readOnly = true)
    public List<PartnerView> ofNetwork(UUID networkId) {
        return listing.all(networkId).stream().map(PartnerListing.Row::view).toList();
    }

    /** The organisation, when it is a partner of this network (never one of another network). */
    @Transactional(readOnly = true)
    public Optional<PartnerView> find(UUID networkId, UUID organisationId) {
        return listing.one(networkId, organisationId).map(PartnerListing.Row::view);
    }

    /** Where the partner receives families, on one line; empty when it has no address or is not of this network. */
    @Transactional(readOnly = true)
    public String address(UUID networkId, UUID organisationId) {
        return listing.address(networkId, organisationId);
    }

    @Transactional(readOnly = true)
    public long countByNetwork(UUID networkId) {
        return listing.count(networkId);
    }
}
