package be.nestwerk.family;

import java.util.List;

/** One page of a family's plans that the current person may read; page counted from 0. */
public record PlanPage(Family family, List<PlanSummary> plans, int page, int size, long total) {

    public PlanPage {
        plans = List.copyOf(plans);
    }
}
