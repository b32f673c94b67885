package be.nestwerk.network;

import static be.nestwerk.network.ActorType.*;
import static be.nestwerk.network.EssentialFunction.*;
import static be.nestwerk.network.Involvement.*;

import java.util.List;

/** The fictional partners of the demo networks; every name says "(fictief)". */
final class DemoPartners {

    static final String MECHELEN_DIRECTING = "Stad Mechelen – dienst Kind en Gezin (fictief)";

    static final List<DemoPartner> MECHELEN = List.of(
            DemoPartner.of(
                            MECHELEN_DIRECTING,
                            LOCAL_AUTHORITY,
                            CORE_PARTNER,
                            INTEREST_ADVOCACY_AND_SIGNALS,
                            PLACE_IN_PUBLIC_SPACE)
                    .committing("Coördinator 0,8 VTE", "Regie en beleidsplanning", "Alle partners delen hun signalen"),
            DemoPartner.of(
                            "OCMW Mechelen (fictief)",
                            PUBLIC_SOCIAL_WELFARE_CENTRE,
                            CORE_PARTNER,
                            FUNDAMENTAL_RIGHTS_SUPPORT)
                    .committing("Maatschappelijk werker 4 uur per week", "Rechtenverkenning", "Warme doorverwijzing"),
            DemoPartner.of(
                            "Consultatiebureau De Kleine Stap (fictief)",
                            CHILD_HEALTH_CLINIC,
                            CORE_PARTNER,
                            PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH)
                    .committing("Twee zittingen per week", "Preventieve gezondheidszorg 0–3 jaar", "Een vaste locatie"),
            DemoPartner.of(
                    "Opvoedingswinkel Mechelen (fictief)",
                    PARENTING_SHOP,
                    CORE_PARTNER,
                    PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH,
                    MEETING_AND_SOCIAL_COHESION),
            DemoPartner.of("CAW Demostad (fictief)", GENERAL_WELFARE_CENTRE, CORE_PARTNER, FUNDAMENTAL_RIGHTS_SUPPORT),
            DemoPartner.of(
                    "Kinderopvang Het Nestje (fictief)", CHILDCARE_BABIES_TODDLERS, AVERAGE, CHILD_CARE_AND_EDUCATION),
            DemoPartner.of(
                    "Bibliotheek De Leesboom (fictief)",
                    LIBRARY,
                    AVERAGE,
                    PLAY_LEISURE_CULTURE_SPORT,
                    MEETING_AND_SOCIAL_COHESION),
            DemoPartner.of("CLB De Brug (fictief)", PUPIL_GUIDANCE_CENTRE, AVERAGE, CHILD_CARE_AND_EDUCATION),
            DemoPartner.of(
                    "Buurtwerk De Ster (fictief)",
                    NEIGHBOURHOOD_WORK,
                    AVERAGE,
                    MEETING_AND_SOCIAL_COHESION,
                    PLACE_IN_PUBLIC_SPACE),
            DemoPartner.of(
                    "Samen Sterk, vereniging waar armen het woord nemen (fictief)",
                    POVERTY_ASSOCIATION,
                    AVERAGE,
                    INTEREST_ADVOCACY_AND_SIGNALS),
            DemoPartner.of(
                    "Gezinsbond afdeling Zonnewijk (fictief)", FAMILY_LEAGUE, MINIMAL, MEETING_AND_SOCIAL_COHESION),
            DemoPartner.of(
                    "Vroedvrouwenpraktijk Levensbegin (fictief)",
                    MIDWIVES,
                    MINIMAL,
                    PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH),
            DemoPartner.of("Jeugdwerk De Speelvogels (fictief)", YOUTH_WORK, INDIRECT, PLAY_LEISURE_CULTURE_SPORT),
            DemoPartner.of("Basisschool De Regenboog (fictief)", SCHOOL, NOT_YET, CHILD_CARE_AND_EDUCATION),
            DemoPartner.of("Sportclub Demostad (fictief)", SPORTS_CLUBS, NOT_INVOLVED),
            DemoPartner.of("Wijkgezondheidscentrum De Linde (fictief)", COMMUNITY_HEALTH_CENTRE, NOT_PRESENT_IN_AREA));

    static final String PARTNER_ADMIN_ORGANISATION = "Opvoedingswinkel Mechelen (fictief)";
    static final String PROFESSIONAL_ORGANISATION = "CAW Demostad (fictief)";
    static final String VOLUNTEER_ORGANISATION = "Buurtwerk De Ster (fictief)";

    static final List<DemoPartner> TURNHOUT = List.of(
            DemoPartner.of(
                    "Stad Turnhout – Huis van het Kind (fictief)",
                    LOCAL_AUTHORITY,
                    CORE_PARTNER,
                    INTEREST_ADVOCACY_AND_SIGNALS),
            DemoPartner.of(
                    "Consultatiebureau Kempenkind (fictief)",
                    CHILD_HEALTH_CLINIC,
                    CORE_PARTNER,
                    PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH),
            DemoPartner.of(
                    "Speel-o-theek De Dobbelsteen (fictief)",
                    PLAY_AND_MEETING_INITIATIVE,
                    AVERAGE,
                    PLAY_LEISURE_CULTURE_SPORT,
                    MEETING_AND_SOCIAL_COHESION),
            DemoPartner.of("Bibliotheek Turnhout (fictief)", LIBRARY, MINIMAL, PLAY_LEISURE_CULTURE_SPORT));

    private DemoPartners() {}
}
