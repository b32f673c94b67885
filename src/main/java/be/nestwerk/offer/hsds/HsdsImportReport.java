package be.nestwerk.offer.hsds;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import did with each record of the dataset: created or updated a draft offer, or rejected the record
 * (schema errors, or problems our rules found), with warnings about what could not be taken over.
 */
record HsdsImportReport(List<Entry> entries) {

    enum Outcome {
        CREATED,
        UPDATED,
        REJECTED,
        NOT_IMPORTED
    }

    /** A translatable remark: a message key with its arguments (as text), and the field it is about, if any. */
    record Note(
            String key, List<String> arguments, @Nullable String field) {

        static Note of(String key, Object... arguments) {
            return new Note(
                    key, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), null);
        }

        Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /**
     * One record: where it is in the file (a JSON pointer), its HSDS id and name, what happened, the offer it
     * became, and why not or what to check.
     */
    record Entry(
            String path,
            @Nullable String hsdsId,
            String name,
            Outcome outcome,
            @Nullable UUID offerId,
            List<HsdsSchemas.Violation> schemaErrors,
            List<Note> problems,
            List<Note> warnings) {}

    long count(Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).count();
    }
}
