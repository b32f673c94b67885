package be.nestwerk.family;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a family is called where someone outside the family's organisations needs just that (the volunteer who goes
 * along to a first visit): the first line of the family's name, nothing else of the file. It checks no rights: the
 * caller has decided the reader may see it, and audits the read.
 */
@Component
public class FamilyPseudonyms {

    private final FamilyStore store;
    private final FamilyScope scope;

    FamilyPseudonyms(FamilyStore store, FamilyScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** The first line of the family's name, or empty when the family no longer exists in this network. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String of(UUID networkId, UUID familyId) {
        scope.enter(networkId);
        return store.find(familyId)
                .map(family -> family.name().strip().lines().findFirst().orElse(""))
                .orElse("");
    }
}
