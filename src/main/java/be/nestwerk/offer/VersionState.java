package be.nestwerk.offer;

/** Where a version of an offer is in its review: a draft is submitted for review, then published or rejected (with a reason); a published version is superseded by the next one. */
public enum VersionState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    REJECTED,
    SUPERSEDED
}
