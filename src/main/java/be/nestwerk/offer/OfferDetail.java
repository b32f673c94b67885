package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/** An offer as its owners and reviewers see it: the published version, the version being worked on, or both. */
public record OfferDetail(
        OfferRecord offer,
        String organisationName,
        @Nullable OfferVersion published,
        @Nullable OfferVersion working,
        boolean mayReview) {

    /** The version to show first: the one being worked on, else the published one. */
    public OfferVersion current() {
        return working != null ? working : published;
    }
}
