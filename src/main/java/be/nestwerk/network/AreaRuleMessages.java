package be.nestwerk.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words for a refused field of operation, in the language of the request: which network is in the way and where,
 * per municipality ("Mechelen (3 sectoren: Vlietse, Melaan, Gasthuis)" or "Bonheiden (alle 12 sectoren)").
 */
@Component
class AreaRuleMessages {

    static final int NAMED_SECTORS = 5;

    private final MessageSource messages;

    AreaRuleMessages(MessageSource messages) {
        this.messages = messages;
    }

    String overlap(String otherNetwork, List<TerritoryUnitInfo> sectors, Map<String, Integer> totals) {
        return message("network.area.overlap", otherNetwork, where(sectors, totals));
    }

    String outsideParent(String parentNetwork, List<TerritoryUnitInfo> sectors, Map<String, Integer> totals) {
        return message("network.area.outside-parent", parentNetwork, where(sectors, totals));
    }

    String childOutside(String childNetwork, List<TerritoryUnitInfo> sectors, Map<String, Integer> totals) {
        return message("network.area.child-outside", childNetwork, where(sectors, totals));
    }

    /** The sectors grouped by municipality, each group named in full or by a few of its sectors. */
    String where(List<TerritoryUnitInfo> sectors, Map<String, Integer> totals) {
        Map<String, List<TerritoryUnitInfo>> byMunicipality = sectors.stream()
                .sorted(FieldUnits.ORDER)
                .collect(Collectors.groupingBy(TerritoryUnitInfo::nisCode, LinkedHashMap::new, Collectors.toList()));
        return byMunicipality.values().stream()
                .map(group -> part(group, totals.getOrDefault(group.get(0).nisCode(), Integer.MAX_VALUE)))
                .collect(Collectors.joining("; "));
    }

    private String part(List<TerritoryUnitInfo> group, int total) {
        String municipality = group.get(0).municipalityName();
        if (group.size() >= total) {
            return message("network.area.part.whole", municipality, group.size());
        }
        String names =
                group.stream().limit(NAMED_SECTORS).map(TerritoryUnitInfo::name).collect(Collectors.joining(", "));
        if (group.size() > NAMED_SECTORS) {
            names = names + " " + message("network.area.part.more", group.size() - NAMED_SECTORS);
        }
        return message("network.area.part.some", municipality, group.size(), names);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
