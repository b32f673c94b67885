package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.hsds.HsdsDataset.Organisation;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which organizations and services an uploaded document holds, whatever HSDS shape it has. */
class HsdsDatasetTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anOrganizationCarriesItsServicesAndLocations() throws Exception {
        HsdsDataset dataset = example("organization_full.json");
        assertThat(dataset.organisations()).singleElement().satisfies(organisation -> {
            assertThat(organisation.name()).isEqualTo("Example Organization Inc.");
            assertThat(organisation.embedded()).isFalse();
            assertThat(organisation.path()).isEmpty();
            assertThat(organisation.services()).singleElement().satisfies(service -> {
                assertThat(service.path()).isEqualTo("/services/0");
                assertThat(service.name()).isEqualTo("Community Counselling");
            });
        });
        assertThat(dataset.locations()).containsKey("3a19ff88-4620-4d17-9830-ac1d859eb5d5");
    }

    @Test
    void aPageOfOrganizationsWithoutServicesIsStillADataset() throws Exception {
        HsdsDataset dataset = example("organization_list.json");
        assertThat(dataset.isEmpty()).isFalse();
        assertThat(dataset.serviceCount()).isZero();
        assertThat(dataset.organisations().get(0).path()).isEqualTo("/contents/0");
    }

    @Test
    void servicesAreGroupedByTheirEmbeddedOrganization() throws Exception {
        Organisation organisation = example("service_list.json").organisations().get(0);
        assertThat(organisation.hsdsId()).isEqualTo("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
        assertThat(organisation.embedded()).isTrue();
        assertThat(organisation.services())
                .singleElement()
                .satisfies(service -> assertThat(service.path()).isEqualTo("/contents/0"));
    }

    @Test
    void serviceAtLocationsOfOneServiceBecomeOneRecordWithTheirLinks() {
        HsdsDataset dataset = HsdsDataset.read(json.readTree("""
                [{"id": "e94c9f38-1e8f-4564-91d4-d53501ab1765", "location": {"id": "l1", "location_type": "physical"},
                  "service": {"id": "s1", "name": "Een", "status": "active", "organization_id": "o1"}},
                 {"id": "e94c9f38-1e8f-4564-91d4-d53501ab1766", "location": {"id": "l2", "location_type": "physical"},
                  "service": {"id": "s1", "name": "Een", "status": "active", "organization_id": "o1"}},
                 {"id": "t1", "name": "taxonomy", "description": "not an organization", "version": "1"},
                 42]"""));
        assertThat(dataset.organisations()).singleElement().satisfies(organisation -> {
            assertThat(organisation.key()).isEqualTo("o1");
            assertThat(organisation.name()).isNull();
            assertThat(organisation.services()).singleElement().satisfies(service -> {
                assertThat(service.links()).hasSize(2);
                assertThat(service.servicePath()).isEqualTo("/0/service");
            });
        });
        assertThat(dataset.unrecognised()).containsExactly("/2", "/3");
    }

    @Test
    void theTabularFormIsNestedBackIntoServicesWithoutTheRowsLeftOut() throws Exception {
        JsonNode root = json.readTree(Files.readString(HsdsSchemasTests.EXAMPLES.resolve("tabular.json")));
        assertThat(HsdsTabular.isTabular(root)).isTrue();
        Organisation organisation = HsdsDataset.read(root).organisations().get(0);
        assertThat(organisation.path()).isEqualTo("/organizations.csv/0");
        ServiceRecord service = organisation.services().get(0);
        assertThat(service.path()).isEqualTo("/services.csv/0");
        assertThat(service.service().path("cost_options")).hasSize(1);
        assertThat(service.service().path("languages")).hasSize(1);
        assertThat(service.links()).singleElement().satisfies(link -> {
            assertThat(link.path()).isEqualTo("/service_at_location.csv/0");
            assertThat(link.node().path("phones")).hasSize(1);
            assertThat(link.node().path("schedules")).hasSize(1);
            assertThat(link.node().path("location").path("addresses")).hasSize(1);
        });
        ServiceRecord without = HsdsDataset.read(root, Set.of("/locations.csv/0"))
                .organisations()
                .get(0)
                .services()
                .get(0);
        assertThat(without.links().get(0).node().has("location")).isFalse();
    }

    @Test
    void aDocumentWithoutOrganizationsOrServicesIsEmpty() throws Exception {
        assertThat(example("taxonomy.json").isEmpty()).isTrue();
        assertThat(example("taxonomy_list.json").isEmpty()).isTrue();
        assertThat(example("location.json").isEmpty()).isTrue();
    }

    private HsdsDataset example(String name) throws Exception {
        return HsdsDataset.read(json.readTree(Files.readString(HsdsSchemasTests.EXAMPLES.resolve(name))));
    }
}
