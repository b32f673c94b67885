package be.nestwerk.offer;

import be.nestwerk.offer.OfferDescription.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed from one version of an offer to the next, field by field, in the words of their descriptions. */
final class VersionDifferences {

    /** One changed field; {@code before} is empty when it was not filled in, {@code after} when it was emptied. */
    record Change(String label, List<String> before, List<String> after) {

        public boolean added() {
            return before.isEmpty();
        }

        public boolean removed() {
            return after.isEmpty();
        }
    }

    private VersionDifferences() {}

    /** The fields whose value differs, in the order of the newer description; removed fields come last. */
    static List<Change> between(List<Field> before, List<Field> after) {
        Map<String, Field> old = new LinkedHashMap<>();
        before.forEach(field -> old.put(field.key(), field));
        List<Change> changes = new ArrayList<>();
        for (Field field : after) {
            Field previous = old.remove(field.key());
            List<String> was = previous == null ? List.of() : previous.lines();
            if (!was.equals(field.lines())) {
                changes.add(new Change(field.label(), was, field.lines()));
            }
        }
        old.values().stream()
                .filter(field -> !field.lines().isEmpty())
                .forEach(field -> changes.add(new Change(field.label(), field.lines(), List.of())));
        return changes;
    }
}
