package be.nestwerk.referral;

import be.nestwerk.family.FamilyProblem;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The companion fields as posted (on the referral form or the referral's page), read into a {@link CompanionChoice}. */
public class CompanionForm {

    private String companionAccount = "";
    private String meetingAt = "";
    private String meetingPlace = "";
    private boolean shareContact;

    boolean chosen() {
        return !companionAccount.isBlank();
    }

    /** The choice, or null with the problems added; on the referral form an empty companion is no choice at all. */
    @Nullable
    CompanionChoice read(List<FamilyProblem> problems) {
        UUID account = null;
        try {
            account = UUID.fromString(companionAccount.strip());
        } catch (IllegalArgumentException notAnId) {
            problems.add(FamilyProblem.of("companionAccount", "companion.problem.volunteer"));
        }
        LocalDateTime at = null;
        try {
            at = LocalDateTime.parse(meetingAt.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(FamilyProblem.of("meetingAt", "companion.problem.meetingAt"));
        }
        String place = meetingPlace.strip();
        if (place.isEmpty()) {
            problems.add(FamilyProblem.of("meetingPlace", "companion.problem.meetingPlace"));
        } else if (place.length() > Companions.MAX_PLACE) {
            problems.add(FamilyProblem.of("meetingPlace", "referral.problem.tooLong", Companions.MAX_PLACE));
        }
        if (account == null || at == null || !problems.isEmpty()) {
            return null;
        }
        return new CompanionChoice(account, at, place, shareContact);
    }

    public String getCompanionAccount() {
        return companionAccount;
    }

    public void setCompanionAccount(String companionAccount) {
        this.companionAccount = companionAccount;
    }

    public String getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(String meetingAt) {
        this.meetingAt = meetingAt;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public boolean isShareContact() {
        return shareContact;
    }

    public void setShareContact(boolean shareContact) {
        this.shareContact = shareContact;
    }
}
