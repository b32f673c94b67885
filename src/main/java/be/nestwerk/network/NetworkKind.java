package be.nestwerk.network;

public enum NetworkKind {
    HUIS_VAN_HET_KIND,
    COMMUNITY_NETWORK;

    public String messageKey() {
        return "network.kind." + name();
    }
}
