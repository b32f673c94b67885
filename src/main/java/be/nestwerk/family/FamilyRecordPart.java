package be.nestwerk.family;

import java.util.List;
import java.util.UUID;

/**
 * What a module keeps about a family, for the family's right of access: every module that holds data about a family
 * (its plans, referrals, questions …) contributes its sections to the export. Called inside the export's transaction,
 * under the family scope, after the reader was allowed to see the family.
 */
public interface FamilyRecordPart {

    List<RecordSection> about(UUID networkId, UUID familyId);
}
