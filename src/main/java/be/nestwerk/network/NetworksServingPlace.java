package be.nestwerk.network;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The networks whose field of operation covers a place: where a family living there can ask a question. The Huis
 * van het Kind comes first, then the community networks inside it.
 */
@Service
@Transactional(readOnly = true)
public class NetworksServingPlace {

    private final JdbcClient jdbc;
    private final Networks networks;

    NetworksServingPlace(JdbcClient jdbc, Networks networks) {
        this.jdbc = jdbc;
        this.networks = networks;
    }

    /**
     * The networks serving a postcode (the sectors of its deelgemeente, or of its whole municipality when the
     * postcode has no deelgemeente of its own), or else a municipality (NIS code); empty when neither is given.
     */
    public List<NetworkView> serving(@Nullable String postcode, @Nullable String nisCode) {
        List<UUID> ids = ids(postcode, nisCode);
        if (ids.isEmpty()) {
            return List.of();
        }
        return networks.findAll(ids).stream()
                .sorted(Comparator.comparing((NetworkView network) -> !network.huisVanHetKind())
                        .thenComparing(NetworkView::name))
                .toList();
    }

    /** The ids of the networks {@link #serving} the place, in one query. */
    public List<UUID> ids(@Nullable String postcode, @Nullable String nisCode) {
        if (postcode != null) {
            return jdbc.sql("select distinct f.network_id from field_of_operation_sector f"
                            + " join statistical_sector s on s.code = f.sector_code"
                            + " join postcode p on p.postcode = :postcode and (p.deelgemeente_code = s.deelgemeente_code"
                            + " or (p.deelgemeente_code is null and p.nis_code = s.nis_code))")
                    .param("postcode", postcode)
                    .query(UUID.class)
                    .list();
        }
        if (nisCode != null) {
            return jdbc.sql("select distinct f.network_id from field_of_operation_sector f"
                            + " join statistical_sector s on s.code = f.sector_code where s.nis_code = :nis")
                    .param("nis", nisCode)
                    .query(UUID.class)
                    .list();
        }
        return List.of();
    }
}
