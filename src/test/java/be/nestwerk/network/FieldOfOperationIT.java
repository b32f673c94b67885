package be.nestwerk.network;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.TerritoryFixture.Municipality;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@NestwerkIntegrationTest
class FieldOfOperationIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    TerritoryFixture territory;
    final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        territory = new TerritoryFixture(jdbc);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
    }

    @AfterEach
    void releaseTerritory() {
        territory.release(created);
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void municipalityIsNormalisedToAllItsSectorsIncludingTheNotLocalisableOne() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();

        FieldOfOperationView field = change(huis, FieldUnit.municipality(m.nisCode()));

        assertThat(fields.sectorsOf(huis.id()))
                .containsExactlyInAnyOrderElementsOf(territory.sectorsOfMunicipality(m.nisCode()));
        assertThat(fields.sectorsOf(huis.id())).contains(m.nisCode() + "ZZZZ");
        assertThat(field.scope()).isEqualTo(FieldOfOperationView.Scope.MUNICIPAL);
        assertThat(field.municipalities()).singleElement().satisfies(share -> {
            assertThat(share.name()).isEqualTo(m.name());
            assertThat(share.whole()).isTrue();
        });
    }

    @Test
    void deelgemeenteIsNormalisedToItsSectorsAndMakesAnIntramunicipalField() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();

        FieldOfOperationView field = change(huis, FieldUnit.deelgemeente(m.deelgemeente()));

        assertThat(fields.sectorsOf(huis.id()))
                .containsExactlyInAnyOrderElementsOf(territory.sectorsOfDeelgemeente(m.deelgemeente()));
        assertThat(field.scope()).isEqualTo(FieldOfOperationView.Scope.INTRAMUNICIPAL);
    }

    @Test
    void severalMunicipalitiesMakeAnIntermunicipalField() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality first = territory.free();
        Municipality second = territory.free(first);

        FieldOfOperationView field =
                change(huis, FieldUnit.municipality(first.nisCode()), FieldUnit.municipality(second.nisCode()));

        assertThat(field.scope()).isEqualTo(FieldOfOperationView.Scope.INTERMUNICIPAL);
        assertThat(field.municipalities())
                .extracting(FieldOfOperationView.MunicipalityShare::nisCode)
                .containsExactlyInAnyOrder(first.nisCode(), second.nisCode());
    }

    @Test
    void unitsCoveredByAPickedMunicipalityAreNotKeptTwice() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        change(
                huis,
                FieldUnit.sector(m.sectorsOfFirst().get(0)),
                FieldUnit.deelgemeente(m.deelgemeenten().get(1)));

        FieldOfOperationView field =
                actingAs(huis.coordinator(), () -> fields.add(huis.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(field.units()).singleElement().satisfies(unit -> {
            assertThat(unit.type()).isEqualTo(FieldUnitType.MUNICIPALITY);
            assertThat(unit.code()).isEqualTo(m.nisCode());
        });
    }

    @Test
    void refusesOverlappingFieldOfOperationNamingTheOtherNetworkAndTheSectors() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        change(first, FieldUnit.municipality(m.nisCode()));
        String sector = m.sectorsOfFirst().get(0);

        assertThatThrownBy(() -> change(second, FieldUnit.sector(sector)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(refusal -> assertThat(dutch((BusinessRuleException) refusal))
                        .contains("Overlapt met het werkingsgebied van "
                                + first.network().name())
                        .contains(m.name() + " (1 sector: " + territory.sectorName(sector) + ")"));
        assertThat(fields.sectorsOf(second.id())).isEmpty();
    }

    @Test
    void refusalOfAWholeMunicipalitySaysAllItsSectorsOverlap() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        change(first, FieldUnit.municipality(m.nisCode()));
        int total = territory.sectorsOfMunicipality(m.nisCode()).size();

        assertThatThrownBy(() -> change(second, FieldUnit.municipality(m.nisCode())))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(refusal -> assertThat(dutch((BusinessRuleException) refusal))
                        .contains(first.network().name() + ": " + m.name() + " (alle " + total + " sectoren)"));
    }

    @Test
    void communityNetworkMustLieInsideItsHuisVanHetKind() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork community = communityNetwork(huis);
        Municipality m = territory.freeWithTwoDeelgemeenten();
        change(huis, FieldUnit.deelgemeente(m.deelgemeente()));
        String inside = m.sectorsOfFirst().get(0);
        String outside =
                territory.sectorsOfDeelgemeente(m.deelgemeenten().get(1)).get(0);

        change(community, FieldUnit.sector(inside));
        assertThat(fields.sectorsOf(community.id())).containsExactly(inside);

        assertThatThrownBy(() -> change(community, FieldUnit.sector(inside), FieldUnit.sector(outside)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(refusal -> assertThat(dutch((BusinessRuleException) refusal))
                        .contains("Ligt buiten het werkingsgebied van "
                                + huis.network().name())
                        .contains(territory.sectorName(outside)));
        assertThat(fields.sectorsOf(community.id())).containsExactly(inside);
    }

    @Test
    void communityNetworksMayShareSectorsWithEachOtherAndWithTheirHuisVanHetKind() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork one = communityNetwork(huis);
        CreatedNetwork other = communityNetwork(huis);
        Municipality m = territory.free();
        change(huis, FieldUnit.municipality(m.nisCode()));

        change(one, FieldUnit.deelgemeente(m.deelgemeente()));
        change(other, FieldUnit.deelgemeente(m.deelgemeente()));

        assertThat(fields.sectorsOf(one.id()))
                .isEqualTo(fields.sectorsOf(other.id()))
                .isNotEmpty();
    }

    @Test
    void shrinkingAHuisVanHetKindBelowOneOfItsCommunityNetworksIsRefused() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork community = communityNetwork(huis);
        Municipality m = territory.freeWithTwoDeelgemeenten();
        change(huis, FieldUnit.municipality(m.nisCode()));
        change(community, FieldUnit.deelgemeente(m.deelgemeente()));

        assertThatThrownBy(() ->
                        change(huis, FieldUnit.deelgemeente(m.deelgemeenten().get(1))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(refusal -> assertThat(dutch((BusinessRuleException) refusal))
                        .contains("Het community-gerichte netwerk "
                                + community.network().name()));
        assertThat(fields.sectorsOf(huis.id()))
                .hasSize(territory.sectorsOfMunicipality(m.nisCode()).size());
    }

    @Test
    void changesAreAuditedWithTheUnitsBeforeAndAfter() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        change(huis, FieldUnit.deelgemeente(m.deelgemeente()));
        change(huis, FieldUnit.municipality(m.nisCode()));

        Map<String, Object> entry = jdbc.queryForMap(
                "select actor_id, before_data::text as before, after_data::text as after from audit_event"
                        + " where network_id = ? and action = 'FIELD_OF_OPERATION_CHANGED' order by id desc limit 1",
                huis.id());
        assertThat(entry.get("actor_id")).isEqualTo(huis.coordinator().id());
        assertThat((String) entry.get("before")).contains("DEELGEMEENTE", m.deelgemeente());
        assertThat((String) entry.get("after")).contains("MUNICIPALITY", m.nisCode());
    }

    @Test
    void unknownUnitsAreRefusedAsBadInput() {
        CreatedNetwork huis = huisVanHetKind();

        assertThatThrownBy(() -> change(huis, FieldUnit.municipality("99999"), FieldUnit.sector("x'; drop")))
                .isInstanceOf(UnknownTerritoryUnitException.class)
                .hasMessageContaining("99999");
    }

    @Test
    void onlyACoordinatorMayChangeTheFieldOfOperation() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        for (Role role : List.of(Role.PARTNER_ADMIN, Role.PROFESSIONAL, Role.VOLUNTEER)) {
            var member = NetworkFixtures.member(context, huis, role);
            assertThatThrownBy(() -> actingAs(
                            member, () -> fields.change(huis.id(), List.of(FieldUnit.municipality(m.nisCode())))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fields.sectorsOf(huis.id())).isEmpty();
    }

    private FieldOfOperationView change(CreatedNetwork network, FieldUnit... units) {
        return actingAs(network.coordinator(), () -> fields.change(network.id(), List.of(units)));
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        created.add(network.id());
        return network;
    }

    private CreatedNetwork communityNetwork(CreatedNetwork huis) {
        CreatedNetwork network = NetworkFixtures.communityNetwork(context, huis);
        created.add(0, network.id());
        return network;
    }

    private String dutch(BusinessRuleException refusal) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale());
    }
}
