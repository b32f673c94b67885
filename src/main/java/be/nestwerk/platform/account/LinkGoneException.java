package be.nestwerk.platform.account;

/** A one-time link that existed but can no longer be used: already used, cancelled or expired (410 Gone). */
class LinkGoneException extends RuntimeException {

    LinkGoneException() {
        super("Link no longer valid");
    }
}
