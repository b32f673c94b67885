package be.nestwerk.network;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A fictional partner organisation of the demo data, with its partnership. */
record DemoPartner(
        String name,
        ActorType actorType,
        Involvement involvement,
        @Nullable String staffTime,
        @Nullable String expertise,
        @Nullable String expectations,
        List<EssentialFunction> functions) {

    OrganisationDetails details(String town, String postcode) {
        return new OrganisationDetails(name, actorType, null, null, null, null, null, null, postcode, town);
    }

    PartnershipTerms terms(LocalDate reviewDate) {
        return new PartnershipTerms(involvement, staffTime, null, null, expertise, expectations, functions, reviewDate);
    }

    static DemoPartner of(String name, ActorType type, Involvement involvement, EssentialFunction... functions) {
        return new DemoPartner(name, type, involvement, null, null, null, List.of(functions));
    }

    DemoPartner committing(String staffTime, String expertise, String expectations) {
        return new DemoPartner(name, actorType, involvement, staffTime, expertise, expectations, functions);
    }
}
