package be.nestwerk.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the application is reached from outside ({@code nestwerk.base-url}), for links that leave it: in mails, in
 * calendar feeds, in a link handed to a family.
 */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(@Value("${nestwerk.base-url}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The absolute address of a path of the application ("/n/x/referrals/1" → "https://…/n/x/referrals/1"). */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
