package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the network an address names ("/n/{slug}/…"); an unknown one is a 404. */
@Component
class PartnerNetworks {

    private final NetworkDirectory directory;

    PartnerNetworks(NetworkDirectory directory) {
        this.directory = directory;
    }

    NetworkRef resolve(String slug) {
        return directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
