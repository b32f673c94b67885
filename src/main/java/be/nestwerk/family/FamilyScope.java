package be.nestwerk.family;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the current transaction under the family tables' row-level security (V60): the database role
 * {@code nestwerk_family}, which the policies apply to, and the network whose rows it may see and write. Both last
 * until the end of the transaction, so a pooled connection never keeps them.
 */
@Component
public class FamilyScope {

    private final JdbcClient jdbc;

    FamilyScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enter(UUID networkId) {
        jdbc.sql("select set_config('role', 'nestwerk_family', true), set_config('nestwerk.network_id', ?, true)")
                .param(networkId.toString())
                .query((rs, row) -> row)
                .single();
    }
}
