package be.nestwerk.network;

import static be.nestwerk.network.PartnerFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class SurveyIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SurveyQueries surveys;

    @Test
    void countsTheNetworksPartnersByActorTypeAndInvolvement() {
        PartnerFixtures.TestNetwork network = PartnerFixtures.network(jdbc);
        String zebra = PartnerFixtures.unique("Zebra bibliotheek");
        String aap = PartnerFixtures.unique("Aap bibliotheek");
        PartnerFixtures.partner(jdbc, network.id(), zebra, ActorType.LIBRARY, Involvement.CORE_PARTNER);
        PartnerFixtures.partner(jdbc, network.id(), aap, ActorType.LIBRARY, Involvement.CORE_PARTNER);
        PartnerFixtures.partner(
                jdbc, network.id(), PartnerFixtures.unique("School"), ActorType.SCHOOL, Involvement.NOT_YET);
        PartnerFixtures.organisation(
                jdbc, network.id(), PartnerFixtures.unique("Zonder partnerschap"), ActorType.POLICE);
        NestwerkUser volunteer = PartnerFixtures.member(context, network.id(), null, Role.VOLUNTEER);

        SurveyMatrix matrix = as(volunteer, () -> surveys.forNetwork(network.id()));

        assertThat(matrix.rows()).hasSize(ActorType.values().length);
        assertThat(matrix.cell(ActorType.LIBRARY, Involvement.CORE_PARTNER).count())
                .isEqualTo(2);
        assertThat(matrix.cell(ActorType.LIBRARY, Involvement.CORE_PARTNER).names())
                .containsExactly(aap, zebra);
        assertThat(matrix.cell(ActorType.SCHOOL, Involvement.NOT_YET).count()).isEqualTo(1);
        assertThat(matrix.cell(ActorType.POLICE, Involvement.MINIMAL).count()).isZero();
        assertThat(matrix.total()).isEqualTo(3);
        assertThat(matrix.columnTotals().get(Involvement.CORE_PARTNER.ordinal()))
                .isEqualTo(2);

        assertThat(mvc.get().uri("/n/" + network.slug() + "/survey").with(user(volunteer)))
                .hasStatusOk()
                .bodyText()
                .contains("Actorenbevraging van " + network.name(), "Kernpartner", "Niet aanwezig in werkingsgebied")
                .contains(aap, zebra)
                .contains("Afdrukbare versie");
    }

    @Test
    void onlyMembersSeeTheNetworksSurvey() {
        PartnerFixtures.Scene scene = PartnerFixtures.scene(context);
        assertThat(mvc.get().uri("/n/" + scene.network().slug() + "/survey").with(user(scene.foreignCoordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/" + scene.network().slug() + "/survey")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void agencyMatrixSumsCountsOverAllNetworksWithoutNames() {
        NestwerkUser agency = PartnerFixtures.agencyAdmin(context);
        SurveyQueries.AgencySurvey before = as(agency, surveys::forAgency);

        PartnerFixtures.TestNetwork one = PartnerFixtures.network(jdbc);
        PartnerFixtures.TestNetwork two = PartnerFixtures.network(jdbc);
        String secret = PartnerFixtures.unique("Vroedvrouwenpraktijk");
        PartnerFixtures.partner(jdbc, one.id(), secret, ActorType.MIDWIVES, Involvement.INDIRECT);
        PartnerFixtures.partner(
                jdbc, two.id(), PartnerFixtures.unique("Vroedvrouw"), ActorType.MIDWIVES, Involvement.INDIRECT);
        PartnerFixtures.partner(
                jdbc, two.id(), PartnerFixtures.unique("CAW"), ActorType.GENERAL_WELFARE_CENTRE, Involvement.AVERAGE);

        SurveyQueries.AgencySurvey after = as(agency, surveys::forAgency);

        assertThat(after.networks()).isEqualTo(before.networks() + 2);
        assertThat(after.matrix().total()).isEqualTo(before.matrix().total() + 3);
        assertThat(after.matrix().cell(ActorType.MIDWIVES, Involvement.INDIRECT).count())
                .isEqualTo(before.matrix()
                                .cell(ActorType.MIDWIVES, Involvement.INDIRECT)
                                .count()
                        + 2);
        assertThat(after.matrix()
                        .cell(ActorType.GENERAL_WELFARE_CENTRE, Involvement.AVERAGE)
                        .count())
                .isEqualTo(before.matrix()
                                .cell(ActorType.GENERAL_WELFARE_CENTRE, Involvement.AVERAGE)
                                .count()
                        + 1);
        assertThat(after.matrix().cell(ActorType.MIDWIVES, Involvement.INDIRECT).names())
                .isEmpty();

        assertThat(mvc.get().uri("/agency/survey").with(user(agency)))
                .hasStatusOk()
                .bodyText()
                .contains("Actorenbevraging over alle netwerken", "Vroedvrouwen")
                .doesNotContain(secret);
    }

    @Test
    void onlyAgencyAdministratorsSeeTheAgencyMatrix() {
        PartnerFixtures.Scene scene = PartnerFixtures.scene(context);
        assertThat(mvc.get().uri("/agency/survey").with(user(scene.coordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> as(scene.coordinator(), surveys::forAgency)).isInstanceOf(AccessDeniedException.class);
    }
}
