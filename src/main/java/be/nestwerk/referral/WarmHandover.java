package be.nestwerk.referral;

import org.jspecify.annotations.Nullable;

/** The warm part of a referral: someone goes along with the family, makes the introduction, joins the first visit. */
record WarmHandover(
        boolean accompanied,
        boolean introductionCall,
        boolean firstVisitTogether,
        @Nullable String note) {

    public boolean any() {
        return accompanied || introductionCall || firstVisitTogether;
    }
}
