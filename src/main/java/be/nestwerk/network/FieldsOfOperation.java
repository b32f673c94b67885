package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fields of operation of networks, normalised to statistical sectors. Reading is open (it is shown on public
 * pages); changing takes a coordinator of the network and obeys {@link FieldOfOperationRules}.
 */
@Service
public class FieldsOfOperation {

    private final NetworkRepository networks;
    private final FieldOfOperationStore store;
    private final FieldOfOperationWriter writer;
    private final FieldOfOperationRules rules;
    private final TerritoryQueries territory;
    private final NetworkAccess access;

    FieldsOfOperation(
            NetworkRepository networks,
            FieldOfOperationStore store,
            FieldOfOperationWriter writer,
            FieldOfOperationRules rules,
            TerritoryQueries territory,
            NetworkAccess access) {
        this.networks = networks;
        this.store = store;
        this.writer = writer;
        this.rules = rules;
        this.territory = territory;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public FieldOfOperationView of(UUID networkId) {
        List<TerritoryUnitInfo> units = territory.units(store.units(networkId)).stream()
                .sorted(FieldUnits.ORDER)
                .toList();
        List<TerritoryUnitInfo> sectors = territory.sectors(store.sectors(networkId));
        Map<String, Long> perMunicipality =
                sectors.stream().collect(Collectors.groupingBy(TerritoryUnitInfo::nisCode, Collectors.counting()));
        Map<String, String> names = sectors.stream()
                .collect(
                        Collectors.toMap(TerritoryUnitInfo::nisCode, TerritoryUnitInfo::municipalityName, (a, b) -> a));
        Map<String, Integer> totals = territory.sectorTotals(perMunicipality.keySet());
        List<FieldOfOperationView.MunicipalityShare> municipalities = perMunicipality.entrySet().stream()
                .map(entry -> new FieldOfOperationView.MunicipalityShare(
                        entry.getKey(),
                        names.get(entry.getKey()),
                        entry.getValue().intValue(),
                        totals.getOrDefault(entry.getKey(), entry.getValue().intValue())))
                .sorted(Comparator.comparing(FieldOfOperationView.MunicipalityShare::name))
                .toList();
        return new FieldOfOperationView(
                networkId,
                units.stream()
                        .map(unit -> new FieldOfOperationView.PickedUnit(
                                unit.type(),
                                unit.code(),
                                unit.name(),
                                unit.nisCode(),
                                unit.municipalityName(),
                                unit.lat(),
                                unit.lon()))
                        .toList(),
                municipalities,
                sectors.size());
    }

    @Transactional(readOnly = true)
    public Set<String> sectorsOf(UUID networkId) {
        return store.sectors(networkId);
    }

    /** Replaces the field of operation by these units; only a coordinator of the network may. */
    public FieldOfOperationView change(UUID networkId, Collection<FieldUnit> units) {
        List<FieldUnit> replacement = List.copyOf(units);
        return edit(networkId, current -> replacement);
    }

    public FieldOfOperationView add(UUID networkId, FieldUnit unit) {
        return edit(networkId, current -> {
            List<FieldUnit> changed = new ArrayList<>(current);
            changed.add(unit);
            return changed;
        });
    }

    public FieldOfOperationView remove(UUID networkId, FieldUnit unit) {
        return edit(
                networkId,
                current -> current.stream()
                        .filter(existing -> !existing.equals(unit))
                        .toList());
    }

    private FieldOfOperationView edit(UUID networkId, UnaryOperator<List<FieldUnit>> edit) {
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        access.require(networkId, Role.COORDINATOR);
        List<List<FieldUnit>> attempted = new ArrayList<>();
        try {
            writer.change(networkId, current -> {
                List<FieldUnit> changed = edit.apply(current);
                attempted.add(changed);
                return changed;
            });
        } catch (DataIntegrityViolationException raced) {
            // Another Huis van het Kind committed one of these sectors after our check: the unique index refused it.
            if (attempted.isEmpty()) {
                throw raced;
            }
            throw rules.overlapRefusal(network, attempted.get(attempted.size() - 1))
                    .orElseThrow(() -> raced);
        }
        return of(networkId);
    }
}
