package be.nestwerk.platform.account;

import be.nestwerk.platform.security.SecretTokens;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the link behind a secret from a mail: unknown is a 404, used, cancelled or expired a 410. */
@Component
class OneTimeLinks {

    private final AccountLinkRepository links;
    private final Clock clock;

    OneTimeLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    AccountLink usable(String secret, LinkPurpose purpose) {
        return check(links.findByTokenHashAndPurpose(SecretTokens.hash(secret), purpose));
    }

    /** The same, with the row locked until the transaction ends, for using the link. */
    AccountLink lockUsable(String secret, LinkPurpose purpose) {
        return check(links.lockByTokenHash(SecretTokens.hash(secret), purpose));
    }

    private AccountLink check(Optional<AccountLink> found) {
        AccountLink link = found.orElseThrow(() -> new NotFoundException("link"));
        if (!link.usableAt(clock.instant())) {
            throw new LinkGoneException();
        }
        return link;
    }
}
