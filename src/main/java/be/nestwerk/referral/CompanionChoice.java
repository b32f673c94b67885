package be.nestwerk.referral;

import java.time.LocalDateTime;
import java.util.UUID;

/** What the sender chose for the companion: the volunteer, the meeting, and whether to share the contact route. */
record CompanionChoice(UUID account, LocalDateTime meetingAt, String meetingPlace, boolean shareContact) {}
