package be.nestwerk.family;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One table of a family's export: a title and column headings (message keys), rows of values, and the records it
 * shows (type and ids) so that the export's access log also lists who read or changed them.
 */
public record RecordSection(
        String titleKey, List<String> columnKeys, List<List<Value>> rows, String entityType, List<UUID> ids) {

    public RecordSection {
        columnKeys = List.copyOf(columnKeys);
        rows = rows.stream().map(List::copyOf).toList();
        ids = List.copyOf(ids);
    }

    /** A cell: text as it was written, or (label) a message key to be said in the reader's language. */
    public record Value(String text, boolean label) {

        public static Value of(@Nullable Object text) {
            return new Value(text == null ? "—" : text.toString(), false);
        }

        public static Value label(String messageKey) {
            return new Value(messageKey, true);
        }
    }
}
