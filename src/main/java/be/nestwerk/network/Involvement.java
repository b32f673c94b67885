package be.nestwerk.network;

/** How far an actor is involved in the network: the seven answers of the actor survey (seed 002). */
public enum Involvement {
    MINIMAL,
    AVERAGE,
    CORE_PARTNER,
    NOT_YET,
    NOT_INVOLVED,
    NOT_PRESENT_IN_AREA,
    INDIRECT;

    public String messageKey() {
        return "partner.involvement." + name();
    }
}
