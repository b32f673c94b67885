package be.nestwerk.network;

/**
 * The kinds of actor of the Huis van het Kind actor survey (seed 002), in the survey's order, with the survey's
 * Dutch wording. The translated labels are the messages "partner.actor-type.NAME".
 */
public enum ActorType {
    INTEGRATION_AGENCY("Agentschap Integratie en Inburgering"),
    ADULT_BASIC_EDUCATION("Basiseducatie"),
    LIBRARY("Bibliotheek"),
    NEIGHBOURHOOD_WORK("Buurt(opbouw)werk"),
    GENERAL_WELFARE_CENTRE("CAW"),
    MENTAL_HEALTH_CENTRE("Centrum voor geestelijke gezondheidszorg (CGG)"),
    CHILD_AND_FAMILY_SUPPORT_CENTRE("Centrum voor kinderzorg en gezinsbegeleiding (CKG)"),
    PUPIL_GUIDANCE_CENTRE("Centrum voor leerlingenbegeleiding (CLB)"),
    CULTURE_SERVICE("Cultuurdienst"),
    CHILD_HEALTH_CLINIC("Consultatiebureauwerking"),
    MATERNITY_CARE_EXPERTISE_CENTRE("Expertisecentrum kraamzorg"),
    FAMILY_LEAGUE("Gezinsbond"),
    HOME_VISITING_VOLUNTEERS("Gezinsondersteuning aan huis door vrijwilligers"),
    GENERAL_PRACTITIONERS("Huisartsen(kringen)"),
    FAMILY_AND_HOME_CARE("Initiatieven gezinszorg en aanvullende thuiszorg"),
    DRUG_PREVENTION("Initiatieven drugpreventie"),
    DROP_IN_TEAM("Inloopteam"),
    INTEGRATION_SERVICE("Integratiedienst"),
    YOUTH_SERVICE("Jeugddienst"),
    YOUTH_CARE_WELFARE("Jeugdhulp – organisaties jongerenwelzijn"),
    YOUTH_CARE_DISABILITY("Jeugdhulp – organisaties VAPH"),
    YOUTH_WORK("Jeugdwerk"),
    CHILDCARE_BABIES_TODDLERS("Kinderopvang baby's – peuters"),
    CHILDCARE_OUT_OF_SCHOOL("Kinderopvang – buitenschoolse"),
    MATERNITY_HELP("Kraamhulp"),
    MATERNITY_CARE("Kraamzorg"),
    LOCAL_HEALTH_CONSULTATION("LOGO"),
    LOCAL_AUTHORITY("Lokaal bestuur"),
    HEALTH_INSURANCE_FUNDS("Mutualiteit(en)"),
    PUBLIC_SOCIAL_WELFARE_CENTRE("OCMW"),
    CHILDMINDERS("Onthaalouders"),
    PARENT_COMMITTEE("Oudercomité"),
    PARENTING_SHOP("Opvoedingswinkel/opvoedingspunt"),
    PARENTING_HELPLINE("Opvoedingslijn"),
    POLICE("Politie"),
    PRIVATE_PRACTICE("Privépraktijk"),
    CHILD_AND_FAMILY_REGIONAL_TEAM("Regioteam Kind en Gezin"),
    COMMUNITY_DEVELOPMENT("Samenlevingsopbouw"),
    SCHOOL("School/scholen"),
    SCHOOL_COMMUNITY_WORK("Schoolopbouwwerk"),
    SOCIO_CULTURAL_ORGANISATIONS("Socio-culturele organisaties"),
    PLAY_AND_MEETING_INITIATIVE("Spel- en ontmoetingsinitiatief"),
    SPORTS_SERVICE("Sportdienst"),
    SPORTS_CLUBS("Sportverenigingen"),
    HOLIDAY_AND_PLAYGROUND_WORK("Vakantie- en speelpleinwerk"),
    PUBLIC_EMPLOYMENT_SERVICE("VDAB"),
    POVERTY_ASSOCIATION("Vereniging waar armen het woord nemen"),
    LEISURE_SERVICE("Vrijetijdsdienst gemeente"),
    MIDWIVES("Vroedvrouwen"),
    WELFARE_LINK("Welzijnsschakel"),
    COMMUNITY_HEALTH_CENTRE("Wijkgezondheidscentrum"),
    HOSPITAL("Ziekenhuis"),
    OTHER("Andere");

    private final String surveyLabel;

    ActorType(String surveyLabel) {
        this.surveyLabel = surveyLabel;
    }

    /** The wording of the Dutch survey form; the bundles hold the label shown to people. */
    public String surveyLabel() {
        return surveyLabel;
    }

    public String messageKey() {
        return "partner.actor-type." + name();
    }

    /** The survey asks to name the professional group of a private practice, and "other" needs a description. */
    public boolean needsSpecification() {
        return this == OTHER || this == PRIVATE_PRACTICE;
    }
}
