package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.web.NotFoundException;

final class Networks {

    private Networks() {}

    static NetworkRef bySlug(NetworkDirectory directory, String slug) {
        return directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
