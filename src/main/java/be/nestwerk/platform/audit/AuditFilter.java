package be.nestwerk.platform.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The audit page's filter as typed (all text, so that a bad value gets a translated message, not an error). */
class AuditFilter {

    private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private String action = "";
    private String actor = "";
    private String from = "";
    private String to = "";
    private String record = "";
    private String purpose = "";

    /** What the filter asks for, or empty after reporting what is wrong with it. */
    Optional<AuditCriteria> criteria(Errors errors) {
        AuditAction chosenAction = null;
        if (!action.isBlank()) {
            chosenAction = Arrays.stream(AuditAction.values())
                    .filter(a -> a.name().equals(action))
                    .findFirst()
                    .orElse(null);
            if (chosenAction == null) {
                errors.rejectValue("action", "account.audit.invalid-action");
            }
        }
        LocalDate fromDate = date(errors, "from", from);
        LocalDate toDate = date(errors, "to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.rejectValue("to", "account.audit.invalid-range");
        }
        UUID recordId = null;
        if (!record.isBlank()) {
            try {
                recordId = UUID.fromString(record.trim());
            } catch (IllegalArgumentException unreadable) {
                errors.rejectValue("record", "account.audit.invalid-record");
            }
        }
        String chosenPurpose = purpose.isBlank() ? null : purpose.trim().toUpperCase(Locale.ROOT);
        if (chosenPurpose != null && !PURPOSE.matcher(chosenPurpose).matches()) {
            errors.rejectValue("purpose", "account.audit.invalid-purpose");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AuditCriteria(
                chosenAction, actor.isBlank() ? null : actor.trim(), fromDate, toDate, recordId, chosenPurpose));
    }

    private static @Nullable LocalDate date(Errors errors, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            errors.rejectValue(field, "account.audit.invalid-date");
            return null;
        }
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null ? "" : action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null ? "" : actor;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from == null ? "" : from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to == null ? "" : to;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record == null ? "" : record;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose == null ? "" : purpose;
    }
}
