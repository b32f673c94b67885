package be.nestwerk.network;

import be.nestwerk.platform.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The decree's rules for fields of operation: two Huizen van het Kind never share a sector, and a community
 * network lies inside the field of its Huis van het Kind. A refusal says, in words, who is in the way and where.
 */
@Component
class FieldOfOperationRules {

    static final String REFUSED = "network.area.refused";

    private final FieldOfOperationStore store;
    private final NetworkRepository networks;
    private final TerritoryQueries territory;
    private final AreaRuleMessages messages;

    FieldOfOperationRules(
            FieldOfOperationStore store,
            NetworkRepository networks,
            TerritoryQueries territory,
            AreaRuleMessages messages) {
        this.store = store;
        this.networks = networks;
        this.territory = territory;
        this.messages = messages;
    }

    /** Refuses the new sectors of the network when they would break a rule. */
    void check(Network network, Set<String> sectors) {
        List<String> problems = new ArrayList<>();
        if (network.kind() == NetworkKind.HUIS_VAN_HET_KIND) {
            problems.addAll(overlaps(network.id(), sectors));
            for (Network child : networks.findByParentNetworkIdOrderByName(network.id())) {
                List<String> outside = outside(store.sectors(child.id()), sectors);
                if (!outside.isEmpty()) {
                    problems.add(
                            describe(outside, (found, totals) -> messages.childOutside(child.name(), found, totals)));
                }
            }
        } else if (network.parentNetworkId() != null) {
            Network parent = networks.findById(network.parentNetworkId()).orElseThrow();
            List<String> outside = outside(sectors, store.sectors(parent.id()));
            if (!outside.isEmpty()) {
                problems.add(
                        describe(outside, (found, totals) -> messages.outsideParent(parent.name(), found, totals)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(REFUSED, String.join(" ", problems));
        }
    }

    /**
     * After the database refused a sector because another Huis van het Kind took it in the meantime: the same
     * explanation as when the check had seen it first.
     */
    Optional<BusinessRuleException> overlapRefusal(Network network, Collection<FieldUnit> units) {
        List<String> problems = overlaps(network.id(), territory.sectorsOf(units));
        return problems.isEmpty()
                ? Optional.empty()
                : Optional.of(new BusinessRuleException(REFUSED, String.join(" ", problems)));
    }

    private List<String> overlaps(UUID networkId, Set<String> sectors) {
        Map<String, List<String>> byNetwork = store.claimsOfOtherHuizenVanHetKind(networkId, sectors).stream()
                .collect(Collectors.groupingBy(
                        FieldOfOperationStore.Claim::networkName,
                        LinkedHashMap::new,
                        Collectors.mapping(FieldOfOperationStore.Claim::sectorCode, Collectors.toList())));
        return byNetwork.entrySet().stream()
                .map(entry ->
                        describe(entry.getValue(), (found, totals) -> messages.overlap(entry.getKey(), found, totals)))
                .toList();
    }

    private String describe(List<String> sectorCodes, Describer describer) {
        List<TerritoryUnitInfo> found = territory.sectors(sectorCodes);
        Map<String, Integer> totals = territory.sectorTotals(
                found.stream().map(TerritoryUnitInfo::nisCode).distinct().toList());
        return describer.describe(found, totals);
    }

    private static List<String> outside(Set<String> sectors, Set<String> container) {
        return sectors.stream().filter(sector -> !container.contains(sector)).toList();
    }

    private interface Describer {
        String describe(List<TerritoryUnitInfo> sectors, Map<String, Integer> totals);
    }
}
