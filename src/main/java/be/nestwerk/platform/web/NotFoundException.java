package be.nestwerk.platform.web;

/** Something the request names does not exist, or is not visible to the person asking: a 404 either way. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
