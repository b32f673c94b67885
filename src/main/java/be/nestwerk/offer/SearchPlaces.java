package be.nestwerk.offer;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.territory.Territory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The places families type, looked up in the territory once and then kept: the reference territory only changes with
 * a migration, so a postcode or a municipality lies where it lay. Unknown places are kept too; past a few thousand
 * different places the memory starts again.
 */
@Component
class SearchPlaces implements SearchRequest.Places {

    static final int CAPACITY = 4096;

    private final Territory territory;
    private final Map<String, Optional<Near>> known = new ConcurrentHashMap<>();

    SearchPlaces(Territory territory) {
        this.territory = territory;
    }

    @Override
    public Optional<Near> locate(String place) {
        String key = place.toLowerCase(Locale.ROOT);
        Optional<Near> found = known.get(key);
        if (found == null) {
            found = SearchRequest.locate(territory, place);
            if (known.size() >= CAPACITY) {
                known.clear();
            }
            known.put(key, found);
        }
        return found;
    }
}
