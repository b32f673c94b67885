package be.nestwerk.referral;

import be.nestwerk.family.Family;
import be.nestwerk.offer.OfferChoice;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The start of a referral: the family, the organisations one refers from, the partners the family consented to, and
 * the offers those partners published.
 */
record ReferralDraft(
        Family family, List<OrganisationRef> mine, List<OrganisationRef> consented, List<OfferChoice> offers) {

    ReferralDraft {
        mine = List.copyOf(mine);
        consented = List.copyOf(consented);
        Set<UUID> partners = consented.stream().map(OrganisationRef::id).collect(Collectors.toSet());
        offers = offers.stream()
                .filter(offer -> partners.contains(offer.organisationId()))
                .toList();
    }

    public List<OfferChoice> offersOf(UUID organisation) {
        return offers.stream()
                .filter(offer -> offer.organisationId().equals(organisation))
                .toList();
    }
}
