package be.nestwerk.offer;

import be.nestwerk.network.NetworkView;
import java.util.List;

/**
 * What the front door answers to a search: the checked criteria and options, one page of results, and for an empty
 * page the nearest alternatives and the networks a family can ask (the searched network, or those serving the place).
 */
public record FrontDoorAnswer(
        SearchCriteria criteria,
        SearchOptions options,
        SearchPage page,
        List<SearchAlternative> alternatives,
        List<NetworkView> askNetworks) {

    public FrontDoorAnswer {
        alternatives = List.copyOf(alternatives);
        askNetworks = List.copyOf(askNetworks);
    }
}
