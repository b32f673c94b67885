package be.nestwerk.family;

import java.util.UUID;

/**
 * A share of a family's data that its consent does not cover: refused, with what is missing (which organisation,
 * which purpose) so that the professional can explain it and ask the family.
 */
public class ConsentMissingException extends RuntimeException {

    private final UUID familyId;
    private final UUID organisationId;
    private final ConsentPurpose purpose;

    ConsentMissingException(UUID familyId, UUID organisationId, ConsentPurpose purpose) {
        super("No consent of family " + familyId + " for " + purpose + " by organisation " + organisationId);
        this.familyId = familyId;
        this.organisationId = organisationId;
        this.purpose = purpose;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }
}
