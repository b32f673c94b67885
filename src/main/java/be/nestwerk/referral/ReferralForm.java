package be.nestwerk.referral;

import be.nestwerk.family.Family;
import be.nestwerk.family.FamilyProblem;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The referral form as it is posted: text as typed, ids as strings, read into a {@link NewReferral}. */
public class ReferralForm {

    private String family = "";
    private String requestId = UUID.randomUUID().toString();
    private String fromOrganisation = "";
    private String toOrganisation = "";
    private String reason = "";
    private String familyWishes = "";
    private String language = "";
    private boolean interpreterNeeded;
    private String contactRoute = "";
    private String contactTimes = "";
    private boolean accompanied;
    private boolean introductionCall;
    private boolean firstVisitTogether;
    private String warmNote = "";
    private String question = "";
    private String support = "";
    private String offer = "";

    /** A new form for this family, with how to reach them filled in from their file. */
    static ReferralForm forFamily(Family family) {
        ReferralForm form = new ReferralForm();
        form.family = family.id().toString();
        form.language =
                family.homeLanguages().isEmpty() ? "" : family.homeLanguages().get(0);
        form.interpreterNeeded = family.interpreterNeeded();
        form.contactRoute = family.contactRoute() == null ? "" : family.contactRoute();
        return form;
    }

    @Nullable
    NewReferral read(List<FamilyProblem> problems) {
        UUID familyId = id(family, "family", problems);
        UUID request = id(requestId, "requestId", problems);
        UUID from = id(fromOrganisation, "fromOrganisation", problems);
        UUID to = id(toOrganisation, "toOrganisation", problems);
        UUID questionId = optionalId(question, "question", problems);
        UUID supportId = optionalId(support, "support", problems);
        UUID offerId = optionalId(offer, "offer", problems);
        if (familyId == null || request == null || from == null || to == null || !problems.isEmpty()) {
            return null;
        }
        return new NewReferral(
                familyId,
                request,
                from,
                to,
                new ReferralRequest(
                        reason.strip(),
                        familyWishes.strip(),
                        blankToNull(language),
                        interpreterNeeded,
                        blankToNull(contactRoute),
                        blankToNull(contactTimes)),
                new WarmHandover(accompanied, introductionCall, firstVisitTogether, blankToNull(warmNote)),
                questionId,
                supportId,
                offerId);
    }

    private static @Nullable UUID id(String value, String field, List<FamilyProblem> problems) {
        UUID id = optionalId(value, field, problems);
        if (id == null && value.isBlank()) {
            problems.add(FamilyProblem.of(field, "referral.problem.choose"));
        }
        return id;
    }

    private static @Nullable UUID optionalId(String value, String field, List<FamilyProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            problems.add(FamilyProblem.of(field, "referral.problem.choose"));
            return null;
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getFromOrganisation() {
        return fromOrganisation;
    }

    public void setFromOrganisation(String fromOrganisation) {
        this.fromOrganisation = fromOrganisation;
    }

    public String getToOrganisation() {
        return toOrganisation;
    }

    public void setToOrganisation(String toOrganisation) {
        this.toOrganisation = toOrganisation;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFamilyWishes() {
        return familyWishes;
    }

    public void setFamilyWishes(String familyWishes) {
        this.familyWishes = familyWishes;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getContactRoute() {
        return contactRoute;
    }

    public void setContactRoute(String contactRoute) {
        this.contactRoute = contactRoute;
    }

    public String getContactTimes() {
        return contactTimes;
    }

    public void setContactTimes(String contactTimes) {
        this.contactTimes = contactTimes;
    }

    public boolean isAccompanied() {
        return accompanied;
    }

    public void setAccompanied(boolean accompanied) {
        this.accompanied = accompanied;
    }

    public boolean isIntroductionCall() {
        return introductionCall;
    }

    public void setIntroductionCall(boolean introductionCall) {
        this.introductionCall = introductionCall;
    }

    public boolean isFirstVisitTogether() {
        return firstVisitTogether;
    }

    public void setFirstVisitTogether(boolean firstVisitTogether) {
        this.firstVisitTogether = firstVisitTogether;
    }

    public String getWarmNote() {
        return warmNote;
    }

    public void setWarmNote(String warmNote) {
        this.warmNote = warmNote;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getOffer() {
        return offer;
    }

    public void setOffer(String offer) {
        this.offer = offer;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }
}
