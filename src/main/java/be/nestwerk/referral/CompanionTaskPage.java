package be.nestwerk.referral;

import java.util.List;

/** One page of a volunteer's companion tasks, with the total to page through. */
record CompanionTaskPage(List<CompanionTask> tasks, int total, int page, int size) {

    CompanionTaskPage {
        tasks = List.copyOf(tasks);
    }
}
