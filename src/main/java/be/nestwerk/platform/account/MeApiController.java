package be.nestwerk.platform.account;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.web.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is (by session or API token) and where they belong: the simplest check that a token works. */
@RestController
class MeApiController {

    record Me(
            UUID id,
            String email,
            String displayName,
            boolean agencyAdmin,
            List<AccountOverview.MembershipRow> memberships) {}

    private final Accounts accounts;
    private final AccountOverview overview;

    MeApiController(Accounts accounts, AccountOverview overview) {
        this.accounts = accounts;
        this.overview = overview;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        NestwerkUser user = CurrentUser.require();
        AccountView account = accounts.find(user.id()).orElseThrow(() -> new NotFoundException("account"));
        return new Me(
                account.id(),
                account.email(),
                account.displayName(),
                account.agencyAdmin(),
                overview.membershipsOf(user.id()));
    }
}
