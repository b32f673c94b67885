package be.nestwerk.offer;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an import did with each row of the file: imported as a draft, valid but left out, or rejected and why. */
record ImportReport(String organisation, ImportMode mode, boolean submitted, List<RowResult> rows) {

    enum Outcome {
        IMPORTED,
        /** Valid, but not imported because another row was rejected and the import was all or nothing. */
        NOT_IMPORTED,
        REJECTED
    }

    /** A reason a row was rejected: the columns it concerns and a message key with its arguments. */
    record Problem(String columns, String messageKey, List<Object> arguments) {

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    record RowResult(
            int row, String name, Outcome outcome, @Nullable UUID offerId, List<Problem> problems) {}

    public long imported() {
        return count(Outcome.IMPORTED);
    }

    public long rejected() {
        return count(Outcome.REJECTED);
    }

    public long notImported() {
        return count(Outcome.NOT_IMPORTED);
    }

    private long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
