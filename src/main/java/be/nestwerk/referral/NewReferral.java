package be.nestwerk.referral;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the sender fills it in. The request id comes with the form, so that sending the same form twice (a
 * retry after a lost answer) makes one referral. It may point to one published offer of the receiving partner.
 */
record NewReferral(
        UUID familyId,
        UUID requestId,
        UUID fromOrganisation,
        UUID toOrganisation,
        ReferralRequest request,
        WarmHandover warm,
        @Nullable UUID questionId,
        @Nullable UUID materialSupportId,
        @Nullable UUID offerId) {

    /** A referral to the partner as a whole, not to one of its offers. */
    NewReferral(
            UUID familyId,
            UUID requestId,
            UUID fromOrganisation,
            UUID toOrganisation,
            ReferralRequest request,
            WarmHandover warm,
            @Nullable UUID questionId,
            @Nullable UUID materialSupportId) {
        this(familyId, requestId, fromOrganisation, toOrganisation, request, warm, questionId, materialSupportId, null);
    }
}
