package be.nestwerk.family;

import java.util.UUID;

/** A parent, carer or other member of a family; the one who gives or revokes consent. */
public record FamilyMember(UUID id, String name, MemberRelation relation) {}
