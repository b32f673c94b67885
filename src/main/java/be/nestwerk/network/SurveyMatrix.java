package be.nestwerk.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The actor survey of seed 002: every actor type against the seven involvement levels, with how many partners
 * (and, for one network, which) fall in each cell.
 */
record SurveyMatrix(List<Row> rows, List<Integer> columnTotals, int total) {

    record Row(ActorType actorType, List<Cell> cells, int total) {}

    record Cell(Involvement involvement, int count, List<String> names) {}

    /** One group of partners of the same actor type and involvement; names may be left out (aggregates). */
    record Tally(ActorType actorType, Involvement involvement, int count, List<String> names) {}

    static List<Involvement> columns() {
        return Arrays.asList(Involvement.values());
    }

    static SurveyMatrix of(Collection<Tally> tallies) {
        Map<ActorType, Map<Involvement, Cell>> cells = new EnumMap<>(ActorType.class);
        for (Tally tally : tallies) {
            cells.computeIfAbsent(tally.actorType(), type -> new EnumMap<>(Involvement.class))
                    .merge(
                            tally.involvement(),
                            new Cell(tally.involvement(), tally.count(), tally.names()),
                            SurveyMatrix::add);
        }
        int[] columnTotals = new int[Involvement.values().length];
        List<Row> rows = new ArrayList<>();
        for (ActorType type : ActorType.values()) {
            Map<Involvement, Cell> row = cells.getOrDefault(type, Map.of());
            List<Cell> rowCells = new ArrayList<>();
            int rowTotal = 0;
            for (Involvement involvement : Involvement.values()) {
                Cell cell = row.getOrDefault(involvement, new Cell(involvement, 0, List.of()));
                rowCells.add(cell);
                rowTotal += cell.count();
                columnTotals[involvement.ordinal()] += cell.count();
            }
            rows.add(new Row(type, List.copyOf(rowCells), rowTotal));
        }
        return new SurveyMatrix(
                List.copyOf(rows),
                Arrays.stream(columnTotals).boxed().toList(),
                Arrays.stream(columnTotals).sum());
    }

    Cell cell(ActorType actorType, Involvement involvement) {
        return rows.get(actorType.ordinal()).cells().get(involvement.ordinal());
    }

    private static Cell add(Cell one, Cell other) {
        List<String> names = new ArrayList<>(one.names());
        names.addAll(other.names());
        return new Cell(one.involvement(), one.count() + other.count(), List.copyOf(names));
    }
}
