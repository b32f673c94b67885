package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@NestwerkIntegrationTest
class PartnersIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Partners partners;

    @Test
    void showsOtherModulesOnlyTheNetworksOwnPartners() {
        PartnerFixtures.Scene scene = PartnerFixtures.scene(context);

        assertThat(partners.ofNetwork(scene.network().id()))
                .extracting(PartnerView::organisationId)
                .containsExactlyInAnyOrder(scene.ownOrganisation(), scene.otherOrganisation());
        assertThat(partners.countByNetwork(scene.network().id())).isEqualTo(2);
        assertThat(partners.find(scene.network().id(), scene.ownOrganisation())).hasValueSatisfying(view -> {
            assertThat(view.actorType()).isEqualTo(ActorType.LIBRARY);
            assertThat(view.involvement()).isEqualTo(Involvement.AVERAGE);
            assertThat(view.networkId()).isEqualTo(scene.network().id());
        });
        assertThat(partners.find(scene.network().id(), scene.foreignOrganisation()))
                .isEmpty();
    }
}
