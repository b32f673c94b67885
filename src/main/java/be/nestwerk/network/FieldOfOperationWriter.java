package be.nestwerk.network;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.web.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Changes a field of operation in one transaction: resolve the units, check the rules, store, audit. */
@Component
class FieldOfOperationWriter {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}[0-9A-Z-]{0,4}");

    private final NetworkRepository networks;
    private final FieldOfOperationStore store;
    private final TerritoryQueries territory;
    private final FieldOfOperationRules rules;
    private final AuditLog auditLog;

    FieldOfOperationWriter(
            NetworkRepository networks,
            FieldOfOperationStore store,
            TerritoryQueries territory,
            FieldOfOperationRules rules,
            AuditLog auditLog) {
        this.networks = networks;
        this.store = store;
        this.territory = territory;
        this.rules = rules;
        this.auditLog = auditLog;
    }

    /** Applies the edit to the current units, under the lock of the Huis van het Kind the network belongs to. */
    @Transactional
    void change(UUID networkId, UnaryOperator<List<FieldUnit>> edit) {
        Network network = networks.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        UUID parentId = network.parentNetworkId();
        store.lock(parentId == null ? network.id() : parentId);
        List<FieldUnit> before = store.units(networkId);
        List<FieldUnit> requested = edit.apply(before).stream().distinct().toList();
        List<TerritoryUnitInfo> found = resolve(requested);
        List<FieldUnit> after = FieldUnits.withoutCovered(found).stream()
                .map(TerritoryUnitInfo::unit)
                .toList();
        if (new LinkedHashSet<>(after).equals(new LinkedHashSet<>(before))) {
            return;
        }
        Set<String> sectors = territory.sectorsOf(after);
        rules.check(network, sectors);
        Set<String> current = store.sectors(networkId);
        store.replaceUnits(networkId, after);
        store.removeSectors(
                networkId, current.stream().filter(s -> !sectors.contains(s)).toList());
        store.addSectors(
                networkId,
                network.kind(),
                sectors.stream().filter(s -> !current.contains(s)).toList());
        auditLog.change(
                networkId,
                AuditAction.FIELD_OF_OPERATION_CHANGED,
                "FieldOfOperation",
                networkId,
                "Field of operation: " + after.size() + " units, " + sectors.size() + " statistical sectors",
                Map.of("units", before, "sectorCount", current.size()),
                Map.of("units", after, "sectorCount", sectors.size()));
    }

    private List<TerritoryUnitInfo> resolve(List<FieldUnit> requested) {
        List<FieldUnit> wellFormed = requested.stream()
                .filter(unit -> CODE.matcher(unit.code()).matches())
                .toList();
        List<TerritoryUnitInfo> found = territory.units(wellFormed);
        Set<FieldUnit> known =
                new LinkedHashSet<>(found.stream().map(TerritoryUnitInfo::unit).toList());
        List<FieldUnit> unknown =
                requested.stream().filter(unit -> !known.contains(unit)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownTerritoryUnitException(unknown);
        }
        return found;
    }
}
