package be.nestwerk.offer;

/** The three pillars of the basic offer of a Huis van het Kind (decree of 2013, seed 003). Label "offer.pillar.NAME". */
public enum Pillar {
    PREVENTIVE_HEALTH,
    PARENTING_SUPPORT,
    MEETING_COHESION
}
