package be.nestwerk.network;

/** What the current person may do with a network's partners, to show only the actions that will succeed. */
record PartnerPermissions(boolean add, boolean edit, boolean setInvolvement) {}
